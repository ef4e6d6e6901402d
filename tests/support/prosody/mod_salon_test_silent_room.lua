-- A stand-in for a group chat service that stops responding, for tests of
-- self-pings (XEP-0410) and join timeouts.
--
-- Every room on this component exists and returns its disco#info. The first
-- join presence from each full JID to a room gets the user's own presence
-- back (status 110, role participant), so the join succeeds. Later join
-- presences from the same full JID, unavailable presences and every iq to an
-- occupant, such as a self-ping, get no response at all.

local st = require "util.stanza";
local jid_bare = require "util.jid".bare;

local xmlns_muc = "http://jabber.org/protocol/muc";
local xmlns_muc_user = "http://jabber.org/protocol/muc#user";

-- Room JID → set of the full JIDs that joined it once.
local joined = {};

module:hook("iq-get/bare/http://jabber.org/protocol/disco#info:query", function(event)
	local reply = st.reply(event.stanza):query("http://jabber.org/protocol/disco#info")
		:tag("identity", { category = "conference", type = "text", name = "Silent room" }):up()
		:tag("feature", { var = xmlns_muc }):up();
	event.origin.send(reply);
	return true;
end);

module:hook("presence/full", function(event)
	local stanza = event.stanza;
	if stanza.attr.type ~= nil or not stanza:get_child("x", xmlns_muc) then
		return true;
	end
	local room = jid_bare(stanza.attr.to);
	joined[room] = joined[room] or {};
	if joined[room][stanza.attr.from] then
		module:log("info", "Ignoring another join of %s to %s", stanza.attr.from, room);
		return true;
	end
	joined[room][stanza.attr.from] = true;

	local self_presence = st.presence({ from = stanza.attr.to, to = stanza.attr.from })
		:tag("x", { xmlns = xmlns_muc_user })
			:tag("item", { affiliation = "none", role = "participant" }):up()
			:tag("status", { code = "110" }):up()
		:up();
	module:send(self_presence);
	return true;
end);

-- Self-pings and every other iq to an occupant are dropped.
module:hook("iq/full", function(event)
	module:log("info", "Dropping an iq of type %s from %s to %s", event.stanza.attr.type, event.stanza.attr.from, event.stanza.attr.to);
	return true;
end);
