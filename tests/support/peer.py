#!/usr/bin/python3
"""An independent XMPP peer for Salon's tests, built on slixmpp.

The peer signs in with STARTTLS, verifies the server certificate against
--ca-file, sends its initial presence and then follows commands.

Protocol, one JSON object per line:
- stdin carries commands: {"id": "1", "command": "message", "to": ..., "body": ...}.
  Every command is acknowledged on stdout by {"event": "done", "id": ...}
  or {"event": "error", "id": ..., "message": ...}.
- stdout carries events: online, disconnected, message, presence,
  subscribe, subscribed, unsubscribe, unsubscribed, iqResponse, error (without an id for
  errors not caused by a command) and the acknowledgements above.

A "message" event has from, to, type, id and body, and what the message carries of
chat states, chat markers and receipts. A message without a body is reported only when
it carries one of these, as standalone chat states, markers and receipts do; body is
then empty.
  chatState     "active", "composing", "paused", "inactive", "gone" (XEP-0085), or "".
  markable      true when the message asks for chat markers (XEP-0333).
  marker        "received", "displayed" or "acknowledged" (XEP-0333), or "".
  markerId      the id that the marker refers to, or "".
  hints         the processing hints (XEP-0334) in it, such as ["store"].
  receiptId     the id of the message that a delivery receipt (XEP-0184) confirms, or "".
  replaceId     the id of the message that a correction (XEP-0308) replaces, or "".
  retractId     the id of the message that a retraction (XEP-0424, urn:xmpp:message-retract:1)
                retracts, or "".
  replyTo       the author's JID in a reply reference (XEP-0461), or "".
  replyId       the id of the message that a reply refers to, or "".
  reactionsId   the id of the message that reactions (XEP-0444) refer to, or "" (also when the
                message carries no reactions element).
  reactions     the emojis of the reactions element, in order; [] when there is none.
  hasReactions  true when the message carries a reactions element, even an empty one.
  fallbacks     the fallback indications (XEP-0428): a list of {"for", "start", "end"}, one per
                <body/> range (start and end are null for an indication without a range).
A message without a body is also reported when it carries reactions.
  oobUrl        the URL of out-of-band data (XEP-0066, <x xmlns='jabber:x:oob'>), or "".
  stanzaId      the id that a stanza-id element (XEP-0359) gives the message, or "".
  stanzaIdBy    the JID that gave that id, or "".
  moderatedId   the stanza id of the room message that a moderation (XEP-0425,
                <apply-to xmlns='urn:xmpp:fasten:0'><moderated/></apply-to>) removes, or "".
  moderationReason  the reason of that moderation, or "".
A message without a body is also reported when it carries a moderation.
  inviteRoom    the room JID of a direct invitation (XEP-0249, <x xmlns='jabber:x:conference'>),
                or "".
  inviteReason  the reason of that invitation (its attribute, or else its text), or "".
  invitePassword  the password of that invitation, or "".
  mucInviteFrom the inviter of a mediated invitation (XEP-0045, <x xmlns='.../muc#user'><invite>),
                or "".
  mucInviteReason  the reason of that invitation, or "".
  mucDeclineFrom   the invitee who declined a mediated invitation (<decline>), or "".
  mucDeclineReason the reason of that decline, or "".
A message without a body is also reported when it carries an invitation or a decline.
A "pubsubEvent" event reports a PubSub notification (XEP-0060, section 7): from (the
service), node, items (the published items, a list of {"id", "payload"} with the payload
as an XML string, "" without one), retracted (the retracted item ids), purged and deleted
(true for a purge or a deletion of the node).
A "presence" event has from, type ("available" or "unavailable"), show, status, priority
and mucCodes, the status codes of a group chat presence (XEP-0045, such as 110 for the
peer's own presence in a room, 307 when it was kicked); [] for other presences. mucRole and
mucAffiliation are the role and affiliation of the occupant's <item>, or "" for other presences.

Commands:
  presence      {show, status, priority, photoHash}: "show" is "", "chat", "away",
                "xa" or "dnd"; the peer repeats this presence after a reconnection.
                "photoHash", the SHA-1 of the vCard photo as hex (XEP-0153), is
                sent only this once; an empty string announces no photo.
  unavailable   {status}: sends unavailable presence, as a client does before it
                signs out; Prosody's mod_lastactivity records only this presence,
                not a closed stream. The peer stays connected until "quit".
  message       {to, body, type, messageId}: type defaults to "chat", and
                messageId, the stanza id, to a new one; "done" carries the
                stanza id as "messageId".
  rosterSet     {jid, name, groups}: a roster set, which the server pushes to
                every resource of the account.
  rosterRemove  {jid}
  subscribe, subscribed, unsubscribe, unsubscribed  {to}
  publish       {node, itemId, payload, accessModel, maxItems}: publishes the
                XML string payload to the node of the account's own PEP
                service. accessModel ("open", "presence", ...) and maxItems
                (a number or "max"; Prosody 0.12 keeps 1 item otherwise) go
                into the publish-options (XEP-0060, section 7.1.5) as the
                node's pubsub#access_model and pubsub#max_items.
  createNode    {jid, node}: creates a node on the pubsub service at jid.
  comment       {to, node, itemId, text, name}: publishes a comment on a microblog post
                (XEP-0277) as Movim writes it: an Atom entry with the text in its
                title and no content, the author's name and xmpp: URI, and the
                current time. It goes to node on the service to, or on the peer's
                own PEP service when to is empty or missing. The text "\u2665" makes
                it a like. "done" carries the item id as "itemId".
  items         {to, node}: requests the items of node on the service to (the
                peer's own PEP service when empty). An "items" event {node, items}
                comes before "done", with items a list of {id, title, content,
                authorUri}.
  nodeItems     {jid, node}: requests the items of the node at jid (the peer's own PEP
                service when jid is ""). A "nodeItems" event {jid, node, itemIds, payloads,
                condition} comes before "done": itemIds in the order received, payloads
                their payloads as XML strings, and condition the stanza error condition
                when the request failed, otherwise "". An error does not fail the command.
  stanza        {xml}: sends the XML string xml as it is, such as a message that
                Salon must reject.
  iqSet         {to, xml}: sends an IQ of type set with the XML string xml as
                its payload to the JID to, such as another client's full JID.
                An "iqResponse" event {from, type, condition} comes before "done":
                type is "result" or "error", and condition is the stanza
                error condition of an error, otherwise "". An error response
                does not fail the command.
  iqGet         {to, xml}: like iqSet with an IQ of type get; its "iqResponse" also
                has xml, the response's payload as an XML string ("" for none).
  quit          closes the stream and exits with status 0.

The peer reconnects by itself when the connection is lost (for example while
the test server restarts) and sends "online" again. It exits with status 2
when authentication or certificate verification fails, and quits when stdin
ends or on SIGTERM.
"""

import argparse
import asyncio
import datetime
import json
import logging
import os
import signal
import sys
import xml.etree.ElementTree as ET

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

ROSTER_NS = "jabber:iq:roster"
CHAT_STATES_NS = "http://jabber.org/protocol/chatstates"
CHAT_MARKERS_NS = "urn:xmpp:chat-markers:0"
HINTS_NS = "urn:xmpp:hints"
OOB_NS = "jabber:x:oob"
RECEIPTS_NS = "urn:xmpp:receipts"
CORRECTION_NS = "urn:xmpp:message-correct:0"
RETRACT_NS = "urn:xmpp:message-retract:1"
REPLY_NS = "urn:xmpp:reply:0"
REACTIONS_NS = "urn:xmpp:reactions:0"
MUC_USER_NS = "http://jabber.org/protocol/muc#user"
FALLBACK_NS = "urn:xmpp:fallback:0"
CONFERENCE_NS = "jabber:x:conference"
STANZA_ID_NS = "urn:xmpp:sid:0"
FASTEN_NS = "urn:xmpp:fasten:0"
MODERATE_NS = "urn:xmpp:message-moderate:0"
MUC_USER_NS = "http://jabber.org/protocol/muc#user"
CHAT_STATES = ("active", "composing", "paused", "inactive", "gone")
CHAT_MARKERS = ("received", "displayed", "acknowledged")
VCARD_UPDATE_NS = "vcard-temp:x:update"
PUBSUB_NS = "http://jabber.org/protocol/pubsub"
PUBSUB_EVENT_NS = "http://jabber.org/protocol/pubsub#event"
RECONNECT_DELAY_S = 0.5
IQ_TIMEOUT_S = 10
SUBSCRIPTION_TYPES = ("subscribe", "subscribed", "unsubscribe", "unsubscribed")


def emit(event, **fields):
    """Write one event as a JSON line on stdout."""
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


class CommandError(Exception):
    """A command that cannot be carried out; its message goes to the error event."""


class Peer(slixmpp.ClientXMPP):
    def __init__(self, options):
        jid = options.jid if not options.resource else f"{options.jid}/{options.resource}"
        super().__init__(jid, options.password)
        self.options = options
        self.quitting = False
        self.online = asyncio.Event()
        self.presence_state = {}
        self.stdin_buffer = b""
        self.commands = asyncio.Queue()
        self.exit_status = 0

        # Verification stays on: slixmpp checks the chain against this file
        # and the certificate's name against the JID's domain.
        self.ca_certs = options.ca_file

        # Subscription requests wait for explicit commands.
        self.roster.auto_authorize = None
        self.roster.auto_subscribe = False

        self.register_plugin("xep_0030")
        self.register_plugin("xep_0060")
        # Sends the receipts (XEP-0184) that incoming messages request, as chat clients do.
        self.register_plugin("xep_0184")

        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("disconnected", self.on_disconnected)
        self.add_event_handler("connection_failed", self.on_connection_failed)
        self.add_event_handler("failed_all_auth", self.on_failed_auth)
        self.add_event_handler("ssl_invalid_chain", self.on_invalid_certificate)
        self.add_event_handler("message", self.on_message)
        # slixmpp's "message" event covers only messages with a body.
        self.register_handler(Callback("Message without body", MatchXPath(f"{{{self.default_ns}}}message"), self.on_message_without_body))
        self.register_handler(Callback("PubSub event", MatchXPath(f"{{{self.default_ns}}}message/{{{PUBSUB_EVENT_NS}}}event"), self.on_pubsub_event))
        # slixmpp names availability events after <show> (presence_away, …),
        # so the generic event is filtered instead.
        self.add_event_handler("presence", self.on_presence)
        self.add_event_handler("presence_error", self.on_presence_error)
        for kind in SUBSCRIPTION_TYPES:
            self.add_event_handler(f"presence_{kind}", self.on_subscription)

    async def get_dns_records(self, domain, port=None):
        # The address comes from the command line; no DNS lookup at all.
        return [(domain, self.options.host, self.options.port)]

    def start(self):
        asyncio.ensure_future(self.run_commands())
        self.loop.add_reader(sys.stdin.fileno(), self.on_stdin_readable)
        self.loop.add_signal_handler(signal.SIGTERM, self.quit)
        self.loop.add_signal_handler(signal.SIGINT, self.quit)
        self.connect_to_server()

    def connect_to_server(self):
        if not self.quitting:
            self.connect((self.options.host, self.options.port))

    def schedule_reconnect(self):
        self.loop.call_later(RECONNECT_DELAY_S, self.connect_to_server)

    def quit(self):
        if self.quitting:
            return
        self.quitting = True
        self.cancel_connection_attempt()
        self.disconnect(wait=2)

    # Connection events

    async def on_session_start(self, _event):
        try:
            await self.get_roster(timeout=IQ_TIMEOUT_S)
        except (IqError, IqTimeout) as error:
            emit("error", message=f"roster request failed: {error}")
        self.send_presence(**self.presence_state)
        self.online.set()
        emit("online", jid=str(self.boundjid))

    def on_disconnected(self, reason):
        self.online.clear()
        if self.quitting:
            self.loop.stop()
            return
        emit("disconnected", reason=str(reason) if reason else "")
        self.schedule_reconnect()

    def on_connection_failed(self, error):
        print(f"peer {self.options.jid}: connection failed: {error}", file=sys.stderr, flush=True)
        # slixmpp would retry with a growing delay; retry at a fixed short
        # delay instead, so a restarted test server is found at once.
        self.cancel_connection_attempt()
        self.schedule_reconnect()

    def on_failed_auth(self, _event):
        emit("error", message=f"authentication failed for {self.options.jid}")
        self.exit_status = 2
        self.quit()

    def on_invalid_certificate(self, error):
        emit("error", message=f"server certificate rejected: {error}")
        self.exit_status = 2
        self.quit()

    # Stanza events

    def on_message(self, message):
        if message["type"] == "error":
            emit("error", message=f"message error from {message['from']}: {message['error']['condition']}")
            return
        fields = {
            "from": str(message["from"]),
            "to": str(message["to"]),
            "type": message["type"],
            "id": message["id"],
            "body": message["body"],
            "chatState": "",
            "markable": False,
            "marker": "",
            "markerId": "",
            "hints": [],
            "receiptId": "",
            "replaceId": "",
            "retractId": "",
            "replyTo": "",
            "replyId": "",
            "reactionsId": "",
            "reactions": [],
            "hasReactions": False,
            "fallbacks": [],
            "oobUrl": "",
            "stanzaId": "",
            "stanzaIdBy": "",
            "moderatedId": "",
            "moderationReason": "",
            "inviteRoom": "",
            "inviteReason": "",
            "invitePassword": "",
            "mucInviteFrom": "",
            "mucInviteReason": "",
            "mucDeclineFrom": "",
            "mucDeclineReason": "",
        }
        # Read from the XML itself, because slixmpp's plugins for these elements would also send replies.
        for child in message.xml:
            namespace, _, name = child.tag[1:].partition("}")
            if namespace == CHAT_STATES_NS and name in CHAT_STATES:
                fields["chatState"] = name
            elif namespace == CHAT_MARKERS_NS and name == "markable":
                fields["markable"] = True
            elif namespace == CHAT_MARKERS_NS and name in CHAT_MARKERS:
                fields["marker"] = name
                fields["markerId"] = child.get("id", "")
            elif namespace == HINTS_NS:
                fields["hints"].append(name)
            elif namespace == RECEIPTS_NS and name == "received":
                fields["receiptId"] = child.get("id", "")
            elif namespace == CORRECTION_NS and name == "replace":
                fields["replaceId"] = child.get("id", "")
            elif namespace == RETRACT_NS and name == "retract":
                fields["retractId"] = child.get("id", "")
            elif namespace == REPLY_NS and name == "reply":
                fields["replyTo"] = child.get("to", "")
                fields["replyId"] = child.get("id", "")
            elif namespace == REACTIONS_NS and name == "reactions":
                fields["hasReactions"] = True
                fields["reactionsId"] = child.get("id", "")
                fields["reactions"] = [reaction.text or "" for reaction in child if reaction.tag == f"{{{REACTIONS_NS}}}reaction"]
            elif namespace == FALLBACK_NS and name == "fallback":
                ranges = [body for body in child if body.tag == f"{{{FALLBACK_NS}}}body"]
                for body in ranges:
                    fields["fallbacks"].append({"for": child.get("for", ""), "start": int(body.get("start", "0")), "end": int(body.get("end", "0"))})
                if not ranges:
                    fields["fallbacks"].append({"for": child.get("for", ""), "start": None, "end": None})
            elif namespace == STANZA_ID_NS and name == "stanza-id":
                fields["stanzaId"] = child.get("id", "")
                fields["stanzaIdBy"] = child.get("by", "")
            elif namespace == FASTEN_NS and name == "apply-to":
                moderated = child.find(f"{{{MODERATE_NS}}}moderated")
                if moderated is not None:
                    fields["moderatedId"] = child.get("id", "")
                    fields["moderationReason"] = moderated.findtext(f"{{{MODERATE_NS}}}reason") or ""
            elif namespace == OOB_NS and name == "x":
                fields["oobUrl"] = (child.findtext(f"{{{OOB_NS}}}url") or "").strip()
            elif namespace == CONFERENCE_NS and name == "x":
                fields["inviteRoom"] = child.get("jid", "")
                fields["inviteReason"] = child.get("reason", child.text or "")
                fields["invitePassword"] = child.get("password", "")
            elif namespace == MUC_USER_NS and name == "x":
                invite = child.find(f"{{{MUC_USER_NS}}}invite")
                if invite is not None:
                    fields["mucInviteFrom"] = invite.get("from", "")
                    fields["mucInviteReason"] = invite.findtext(f"{{{MUC_USER_NS}}}reason") or ""
                decline = child.find(f"{{{MUC_USER_NS}}}decline")
                if decline is not None:
                    fields["mucDeclineFrom"] = decline.get("from", "")
                    fields["mucDeclineReason"] = decline.findtext(f"{{{MUC_USER_NS}}}reason") or ""
        emit("message", **fields)

    def on_pubsub_event(self, message):
        event = message.xml.find(f"{{{PUBSUB_EVENT_NS}}}event")
        for child in event:
            name = child.tag[1:].partition("}")[2]
            fields = {"from": str(message["from"]), "node": child.get("node", ""), "items": [], "retracted": [],
                      "purged": name == "purge", "deleted": name == "delete"}
            if name == "items":
                for item in child:
                    item_name = item.tag[1:].partition("}")[2]
                    if item_name == "item":
                        payload = next(iter(item), None)
                        fields["items"].append({"id": item.get("id", ""),
                                                "payload": ET.tostring(payload, encoding="unicode") if payload is not None else ""})
                    elif item_name == "retract":
                        fields["retracted"].append(item.get("id", ""))
            emit("pubsubEvent", **fields)

    def on_message_without_body(self, message):
        if message["type"] == "error" or message.xml.find(f"{{{self.default_ns}}}body") is not None:
            return
        if message.xml.find(f"{{{PUBSUB_EVENT_NS}}}event") is not None:
            return  # on_pubsub_event reports it.
        reported = (CHAT_STATES_NS, CHAT_MARKERS_NS, RECEIPTS_NS, REACTIONS_NS, CONFERENCE_NS, FASTEN_NS)
        carries_invitation = any(
            child.tag == f"{{{MUC_USER_NS}}}x" and (child.find(f"{{{MUC_USER_NS}}}invite") is not None or child.find(f"{{{MUC_USER_NS}}}decline") is not None)
            for child in message.xml)
        if carries_invitation or any(child.tag[1:].partition("}")[0] in reported for child in message.xml):
            self.on_message(message)

    def on_presence(self, presence):
        if presence["type"] in SUBSCRIPTION_TYPES or presence["type"] in ("error", "probe"):
            return
        available = presence["type"] != "unavailable"
        muc_user = presence.xml.find(f"{{{MUC_USER_NS}}}x")
        codes = []
        item = None
        if muc_user is not None:
            codes = [int(status.get("code", "0")) for status in muc_user.findall(f"{{{MUC_USER_NS}}}status")]
            item = muc_user.find(f"{{{MUC_USER_NS}}}item")
        emit("presence", **{
            "from": str(presence["from"]),
            "type": "available" if available else "unavailable",
            "show": presence["show"] if available else "",
            "status": presence["status"],
            "priority": presence["priority"],
            "mucCodes": codes,
            "mucRole": item.get("role", "") if item is not None else "",
            "mucAffiliation": item.get("affiliation", "") if item is not None else "",
        })

    def on_presence_error(self, presence):
        emit("error", message=f"presence error from {presence['from']}: {presence['error']['condition']}")

    def on_subscription(self, presence):
        emit(presence["type"], **{"from": presence["from"].bare})

    # Commands

    def on_stdin_readable(self):
        data = os.read(sys.stdin.fileno(), 65536)
        if not data:
            self.loop.remove_reader(sys.stdin.fileno())
            self.quit()
            return
        self.stdin_buffer += data
        while b"\n" in self.stdin_buffer:
            line, self.stdin_buffer = self.stdin_buffer.split(b"\n", 1)
            if line.strip():
                self.commands.put_nowait(line)

    async def run_commands(self):
        # One command at a time, in the order received, like a person would.
        while True:
            line = await self.commands.get()
            await self.run_command_line(line)

    async def run_command_line(self, line):
        command_id = None
        try:
            command = json.loads(line)
            if not isinstance(command, dict):
                raise CommandError("a command must be a JSON object")
            command_id = command.get("id")
            name = command.get("command")
            handler = getattr(self, f"command_{name}", None) if isinstance(name, str) else None
            if handler is None:
                raise CommandError(f"unknown command {name!r}")
            if name != "quit":
                await self.online.wait()
            result = await handler(command)
            emit("done", id=command_id, **(result or {}))
        except json.JSONDecodeError as error:
            emit("error", id=None, message=f"invalid JSON command: {error}")
        except KeyError as error:
            emit("error", id=command_id, message=f"missing field {error}")
        except CommandError as error:
            emit("error", id=command_id, message=str(error))
        except IqError as error:
            emit("error", id=command_id, message=f"server returned {error.condition}: {error.text}")
        except IqTimeout:
            emit("error", id=command_id, message=f"no server reply within {IQ_TIMEOUT_S} s")
        except ET.ParseError as error:
            emit("error", id=command_id, message=f"invalid XML payload: {error}")

    async def command_presence(self, command):
        show = command.get("show", "")
        if show not in ("", "available", "chat", "away", "xa", "dnd"):
            raise CommandError(f"invalid show value {show!r}")
        state = {}
        if show not in ("", "available"):
            state["pshow"] = show
        if command.get("status"):
            state["pstatus"] = command["status"]
        if "priority" in command:
            state["ppriority"] = int(command["priority"])
        self.presence_state = state
        presence = self.make_presence(**state)
        if "photoHash" in command:
            # XEP-0153: an empty hash announces that the vCard has no photo.
            update = ET.SubElement(presence.xml, f"{{{VCARD_UPDATE_NS}}}x")
            ET.SubElement(update, f"{{{VCARD_UPDATE_NS}}}photo").text = command["photoHash"] or None
        presence.send()

    async def command_unavailable(self, command):
        state = {"ptype": "unavailable"}
        if command.get("status"):
            state["pstatus"] = command["status"]
        self.send_presence(**state)

    async def command_message(self, command):
        message = self.make_message(mto=command["to"], mbody=command["body"], mtype=command.get("type", "chat"))
        message["id"] = command.get("messageId") or self.new_id()
        message.send()
        return {"messageId": message["id"]}

    async def command_rosterSet(self, command):
        query = ET.Element(f"{{{ROSTER_NS}}}query")
        item = ET.SubElement(query, f"{{{ROSTER_NS}}}item", jid=command["jid"])
        if command.get("name"):
            item.set("name", command["name"])
        for group in command.get("groups", []):
            ET.SubElement(item, f"{{{ROSTER_NS}}}group").text = group
        await self.send_roster_set(query)

    async def command_rosterRemove(self, command):
        query = ET.Element(f"{{{ROSTER_NS}}}query")
        ET.SubElement(query, f"{{{ROSTER_NS}}}item", jid=command["jid"], subscription="remove")
        await self.send_roster_set(query)

    async def send_roster_set(self, query):
        iq = self.make_iq_set()
        iq.append(query)
        await iq.send(timeout=IQ_TIMEOUT_S)

    async def send_subscription(self, command, kind):
        self.send_presence(pto=command["to"], ptype=kind)

    async def command_subscribe(self, command):
        await self.send_subscription(command, "subscribe")

    async def command_subscribed(self, command):
        await self.send_subscription(command, "subscribed")

    async def command_unsubscribe(self, command):
        await self.send_subscription(command, "unsubscribe")

    async def command_unsubscribed(self, command):
        await self.send_subscription(command, "unsubscribed")

    async def command_publish(self, command):
        payload = ET.fromstring(command["payload"])
        options = None
        if command.get("accessModel") or command.get("maxItems"):
            options = self.plugin["xep_0004"].make_form(ftype="submit")
            options.add_field(var="FORM_TYPE", ftype="hidden", value="http://jabber.org/protocol/pubsub#publish-options")
            if command.get("accessModel"):
                options.add_field(var="pubsub#access_model", value=command["accessModel"])
            if command.get("maxItems"):
                options.add_field(var="pubsub#max_items", value=str(command["maxItems"]))
        await self.plugin["xep_0060"].publish(
            self.boundjid.bare, command["node"], id=command.get("itemId"), payload=payload, options=options, timeout=IQ_TIMEOUT_S)
        return {"itemId": command.get("itemId")}

    async def command_createNode(self, command):
        await self.plugin["xep_0060"].create_node(command["jid"], command["node"], timeout=IQ_TIMEOUT_S)

    async def command_comment(self, command):
        ns = "http://www.w3.org/2005/Atom"
        item_id = command.get("itemId") or self.new_id()
        entry = ET.Element(f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}title").text = command["text"]
        author = ET.SubElement(entry, f"{{{ns}}}author")
        ET.SubElement(author, f"{{{ns}}}name").text = command.get("name") or self.boundjid.user
        ET.SubElement(author, f"{{{ns}}}uri").text = f"xmpp:{self.boundjid.bare}"
        ET.SubElement(entry, f"{{{ns}}}id").text = item_id
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        ET.SubElement(entry, f"{{{ns}}}published").text = now
        ET.SubElement(entry, f"{{{ns}}}updated").text = now
        await self.plugin["xep_0060"].publish(
            command.get("to") or self.boundjid.bare, command["node"], id=item_id, payload=entry, timeout=IQ_TIMEOUT_S)
        return {"itemId": item_id}

    async def command_items(self, command):
        ns = "http://www.w3.org/2005/Atom"
        response = await self.plugin["xep_0060"].get_items(
            command.get("to") or self.boundjid.bare, command["node"], timeout=IQ_TIMEOUT_S)
        items = []
        for item in response["pubsub"]["items"]:
            entry = item.xml.find(f"{{{ns}}}entry")
            fields = {"id": item["id"], "title": "", "content": "", "authorUri": ""}
            if entry is not None:
                fields["title"] = entry.findtext(f"{{{ns}}}title") or ""
                content = entry.find(f"{{{ns}}}content")
                fields["content"] = "".join(content.itertext()).strip() if content is not None else ""
                fields["authorUri"] = entry.findtext(f"{{{ns}}}author/{{{ns}}}uri") or ""
            items.append(fields)
        emit("items", node=command["node"], items=items)

    async def command_nodeItems(self, command):
        iq = self.make_iq_get(ito=command["jid"] or None)
        pubsub = ET.SubElement(iq.xml, f"{{{PUBSUB_NS}}}pubsub")
        ET.SubElement(pubsub, f"{{{PUBSUB_NS}}}items", node=command["node"])
        fields = {"jid": command["jid"], "node": command["node"], "itemIds": [], "payloads": [], "condition": ""}
        try:
            response = await iq.send(timeout=IQ_TIMEOUT_S)
        except IqError as error:
            fields["condition"] = error.condition
            emit("nodeItems", **fields)
            return
        for item in response.xml.findall(f"{{{PUBSUB_NS}}}pubsub/{{{PUBSUB_NS}}}items/{{{PUBSUB_NS}}}item"):
            payload = next(iter(item), None)
            fields["itemIds"].append(item.get("id", ""))
            fields["payloads"].append(ET.tostring(payload, encoding="unicode") if payload is not None else "")
        emit("nodeItems", **fields)

    async def command_stanza(self, command):
        # Sent as written, for tests of what a hostile or broken client sends.
        self.send_raw(command["xml"])

    async def command_iqSet(self, command):
        iq = self.make_iq_set(ito=command["to"])
        iq.append(ET.fromstring(command["xml"]))
        try:
            response = await iq.send(timeout=IQ_TIMEOUT_S)
            condition = ""
        except IqError as error:
            response = error.iq
            condition = error.condition
        emit("iqResponse", **{"from": str(response["from"]), "type": response["type"], "condition": condition})

    async def command_iqGet(self, command):
        iq = self.make_iq_get(ito=command["to"])
        iq.append(ET.fromstring(command["xml"]))
        try:
            response = await iq.send(timeout=IQ_TIMEOUT_S)
            condition = ""
        except IqError as error:
            response = error.iq
            condition = error.condition
        payload = "".join(ET.tostring(child, encoding="unicode") for child in response.xml if not child.tag.endswith("}error"))
        emit("iqResponse", **{"from": str(response["from"]), "type": response["type"], "condition": condition, "xml": payload})

    async def command_quit(self, _command):
        # The acknowledgement goes out before the stream closes.
        self.loop.call_soon(self.quit)


def parse_arguments():
    parser = argparse.ArgumentParser(description="XMPP peer for Salon's tests; JSON commands on stdin, JSON events on stdout.")
    parser.add_argument("--jid", required=True, help="bare JID to sign in as")
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", required=True, help="server address, for example 127.0.0.1")
    parser.add_argument("--port", required=True, type=int, help="client-to-server (STARTTLS) port")
    parser.add_argument("--ca-file", required=True, help="PEM file of the CA that signed the server certificate")
    parser.add_argument("--resource", default="", help="resource to request; the server picks one if empty")
    return parser.parse_args()


def main():
    options = parse_arguments()
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr, format=f"peer {options.jid}: %(levelname)s %(message)s")
    asyncio.set_event_loop(asyncio.new_event_loop())
    peer = Peer(options)
    peer.start()
    peer.loop.run_forever()
    return peer.exit_status


if __name__ == "__main__":
    sys.exit(main())
