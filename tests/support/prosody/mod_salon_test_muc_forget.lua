-- A test command for a MUC component: it removes an occupant from a room
-- without telling anyone, as a room does that lost an occupant's session,
-- for example after a restart of its service.
--
-- An iq of type set to the component's host with
--   <forget xmlns="urn:salon:test:muc-forget" room="ROOM@HOST" nick="NICK"/>
-- removes the occupant ROOM@HOST/NICK with all its sessions. No presence goes
-- out, so the occupant's client and the other occupants still believe it is in
-- the room. The reply is a result, or item-not-found for an unknown room or
-- occupant.

local st = require "util.stanza";

local mod_muc = module:depends("muc");
local xmlns_forget = "urn:salon:test:muc-forget";

module:hook("iq-set/host/" .. xmlns_forget .. ":forget", function(event)
	local stanza = event.stanza;
	local forget = stanza.tags[1];
	local room = mod_muc.get_room_from_jid(forget.attr.room or "");
	local occupant = room and room:get_occupant_by_nick(room.jid .. "/" .. (forget.attr.nick or ""));
	if not occupant then
		event.origin.send(st.error_reply(stanza, "cancel", "item-not-found"));
		return true;
	end

	-- save_occupant() drops an occupant without a role, with its sessions, and sends nothing.
	occupant.role = nil;
	room:save_occupant(occupant);
	module:log("info", "Forgot the occupant %s/%s without telling anyone", room.jid, forget.attr.nick);
	event.origin.send(st.reply(stanza));
	return true;
end, 10);
