-- Lets every account of the parent host (for pubsub.localhost: localhost)
-- create nodes on this pubsub component. The creator becomes the node's
-- owner as usual; other affiliations and access models are left alone.
--
-- Prosody 0.12's mod_pubsub lets only the host's admins create nodes and
-- has no option for another creation policy. Listing the test accounts as
-- admins instead would make them owners of every node, which would hide
-- access-control errors in tests.
--
-- NOTE: the hook is installed when this module loads; reloading mod_pubsub
-- alone replaces it. Tests never reload modules.

local jid_host = require "util.jid".host;

local creators_host = module:get_option_string("salon_test_pubsub_creators_host",
	(module.host:match("^[^.]+%.(.+)$")));

local pubsub = module:depends("pubsub");
local service = pubsub.get_service();
local get_default_affiliation = service.config.get_affiliation;

service.config.get_affiliation = function (actor, node, action)
	local affiliation = get_default_affiliation(actor, node, action);
	if affiliation == nil and action == "create" and jid_host(actor) == creators_host then
		-- Only "owner" has the create capability in util.pubsub's defaults.
		return "owner";
	end
	return affiliation;
end

module:log("info", "Accounts of %s may create pubsub nodes", creators_host);
