-- A stand-in for a large group chat service, for tests of room lists.
--
-- It lists salon_test_room_count rooms (room001@HOST, room002@HOST, …) in
-- disco#items pages with Result Set Management (XEP-0059), which Prosody
-- 0.12's MUC does not page, and returns each room's disco#info with its name
-- and an occupant count of its number modulo 10. It hosts no rooms, so
-- nobody can join them.

local st = require "util.stanza";
local jid_split = require "util.jid".split;

local room_count = module:get_option_number("salon_test_room_count", 250);
local rsm_xmlns = "http://jabber.org/protocol/rsm";

local function room_jid(index)
	return ("room%03d@%s"):format(index, module.host);
end

-- Returns the number of the room with this JID, or nil for another JID.
local function room_index(jid)
	local node, host = jid_split(jid);
	local index = node and host == module.host and tonumber(node:match("^room(%d+)$"));
	if index and index >= 1 and index <= room_count then
		return index;
	end
end

module:hook("iq-get/host/http://jabber.org/protocol/disco#info:query", function(event)
	local reply = st.reply(event.stanza):query("http://jabber.org/protocol/disco#info")
		:tag("identity", { category = "conference", type = "text", name = "Test room list" }):up()
		:tag("feature", { var = "http://jabber.org/protocol/muc" }):up()
		:tag("feature", { var = rsm_xmlns }):up();
	event.origin.send(reply);
	return true;
end);

module:hook("iq-get/host/http://jabber.org/protocol/disco#items:query", function(event)
	local stanza = event.stanza;
	local set = stanza.tags[1]:get_child("set", rsm_xmlns);
	local max = set and tonumber(set:get_child_text("max")) or room_count;
	local after = set and set:get_child_text("after");
	local first_index = 1;
	if after then
		local index = room_index(after);
		if not index then
			event.origin.send(st.error_reply(stanza, "cancel", "item-not-found"));
			return true;
		end
		first_index = index + 1;
	end

	local last_index = math.min(room_count, first_index + max - 1);
	local reply = st.reply(stanza):query("http://jabber.org/protocol/disco#items");
	for index = first_index, last_index do
		reply:tag("item", { jid = room_jid(index), name = ("Room %d"):format(index) }):up();
	end
	if set then
		reply:tag("set", { xmlns = rsm_xmlns });
		if last_index >= first_index then
			reply:text_tag("first", room_jid(first_index)):text_tag("last", room_jid(last_index));
		end
		reply:text_tag("count", tostring(room_count)):up();
	end
	event.origin.send(reply);
	return true;
end);

module:hook("iq-get/bare/http://jabber.org/protocol/disco#info:query", function(event)
	local stanza = event.stanza;
	local index = room_index(stanza.attr.to);
	if not index then
		event.origin.send(st.error_reply(stanza, "cancel", "item-not-found"));
		return true;
	end
	local reply = st.reply(stanza):query("http://jabber.org/protocol/disco#info")
		:tag("identity", { category = "conference", type = "text", name = ("Room %d"):format(index) }):up()
		:tag("feature", { var = "http://jabber.org/protocol/muc" }):up()
		:tag("feature", { var = "muc_public" }):up()
		:tag("x", { xmlns = "jabber:x:data", type = "result" })
			:tag("field", { var = "FORM_TYPE", type = "hidden" })
				:text_tag("value", "http://jabber.org/protocol/muc#roominfo"):up()
			:tag("field", { var = "muc#roominfo_occupants" })
				:text_tag("value", tostring(index % 10)):up()
		:up();
	event.origin.send(reply);
	return true;
end);

module:log("info", "Listing %d test rooms", room_count);
