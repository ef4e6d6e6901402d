-- A stand-in for a large PubSub service, for tests of community lists.
--
-- It lists salon_test_node_count nodes (node001, node002, …) in disco#items
-- pages with Result Set Management (XEP-0059), which Prosody 0.12's
-- mod_pubsub does not page. Each node's disco#info has a pubsub#meta-data
-- form: the title "Node N", a description, and a subscriber count of its
-- number modulo 10. It hosts no items and takes no subscriptions.

local st = require "util.stanza";

local node_count = module:get_option_number("salon_test_node_count", 250);
local rsm_xmlns = "http://jabber.org/protocol/rsm";

local function node_name(index)
	return ("node%03d"):format(index);
end

-- Returns the number of the node with this name, or nil for another name.
local function node_index(name)
	local index = name and tonumber(name:match("^node(%d+)$"));
	if index and index >= 1 and index <= node_count then
		return index;
	end
end

module:hook("iq-get/host/http://jabber.org/protocol/disco#info:query", function(event)
	local stanza = event.stanza;
	local node = stanza.tags[1].attr.node;
	if not node then
		event.origin.send(st.reply(stanza):query("http://jabber.org/protocol/disco#info")
			:tag("identity", { category = "pubsub", type = "service", name = "Test node list" }):up()
			:tag("feature", { var = "http://jabber.org/protocol/pubsub" }):up()
			:tag("feature", { var = rsm_xmlns }):up());
		return true;
	end

	local index = node_index(node);
	if not index then
		event.origin.send(st.error_reply(stanza, "cancel", "item-not-found"));
		return true;
	end
	local reply = st.reply(stanza):query("http://jabber.org/protocol/disco#info")
		:tag("identity", { category = "pubsub", type = "leaf" }):up()
		:tag("feature", { var = "http://jabber.org/protocol/pubsub" }):up()
		:tag("x", { xmlns = "jabber:x:data", type = "result" })
			:tag("field", { var = "FORM_TYPE", type = "hidden" })
				:text_tag("value", "http://jabber.org/protocol/pubsub#meta-data"):up()
			:tag("field", { var = "pubsub#title" }):text_tag("value", ("Node %d"):format(index)):up()
			:tag("field", { var = "pubsub#description" }):text_tag("value", ("Description of node %d"):format(index)):up()
			:tag("field", { var = "pubsub#access_model" }):text_tag("value", "open"):up()
			:tag("field", { var = "pubsub#num_subscribers" }):text_tag("value", tostring(index % 10)):up()
		:up();
	reply.tags[1].attr.node = node;
	event.origin.send(reply);
	return true;
end);

module:hook("iq-get/host/http://jabber.org/protocol/disco#items:query", function(event)
	local stanza = event.stanza;
	local set = stanza.tags[1]:get_child("set", rsm_xmlns);
	local max = set and tonumber(set:get_child_text("max")) or node_count;
	local after = set and set:get_child_text("after");
	local first_index = 1;
	if after then
		local index = node_index(after);
		if not index then
			event.origin.send(st.error_reply(stanza, "cancel", "item-not-found"));
			return true;
		end
		first_index = index + 1;
	end

	local last_index = math.min(node_count, first_index + max - 1);
	local reply = st.reply(stanza):query("http://jabber.org/protocol/disco#items");
	for index = first_index, last_index do
		reply:tag("item", { jid = module.host, node = node_name(index), name = ("Node %d"):format(index) }):up();
	end
	if set then
		reply:tag("set", { xmlns = rsm_xmlns });
		if last_index >= first_index then
			reply:text_tag("first", node_name(first_index)):text_tag("last", node_name(last_index));
		end
		reply:text_tag("count", tostring(node_count)):up();
	end
	event.origin.send(reply);
	return true;
end);

module:log("info", "Listing %d test nodes", node_count);
