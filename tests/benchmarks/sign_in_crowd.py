#!/usr/bin/python3
"""The contacts of SignInBenchmark: many XMPP accounts online in one process, built on slixmpp.

The script signs in the accounts PREFIX1 to PREFIXN (password USER-bench) over STARTTLS, each
with its own connection. Each one publishes an avatar (XEP-0084: a small PNG drawn here, on the
nodes urn:xmpp:avatar:data and urn:xmpp:avatar:metadata) and its share of the microblog posts
(XEP-0277) on its PEP node urn:xmpp:microblog:0, then sends its presence. The first account
creates the persistent rooms bench1 to benchM on the MUC service and stays in them. Then the
account OWNER signs in once, publishes its own posts and the bookmarks of every room with
autojoin (XEP-0402), and signs out.

When everything is published, the script prints {"event": "ready", "seconds": S} on stdout
and keeps the contacts online until stdin ends or SIGTERM arrives. Errors go to stderr, and the
script exits with status 1 when the fixtures cannot be made.
"""

import argparse
import asyncio
import base64
import datetime
import hashlib
import json
import logging
import signal
import struct
import sys
import time
import xml.etree.ElementTree as ET
import zlib

import slixmpp

PUBSUB_NS = "http://jabber.org/protocol/pubsub"
MUC_NS = "http://jabber.org/protocol/muc"
MUC_OWNER_NS = "http://jabber.org/protocol/muc#owner"
ATOM_NS = "http://www.w3.org/2005/Atom"
AVATAR_DATA_NS = "urn:xmpp:avatar:data"
AVATAR_METADATA_NS = "urn:xmpp:avatar:metadata"
BOOKMARKS_NS = "urn:xmpp:bookmarks:1"
MICROBLOG_NS = "urn:xmpp:microblog:0"
IQ_TIMEOUT_S = 60
# Prosody 0.12 keeps at most 256 items in a PEP node (pep_max_items).
MAX_POSTS_PER_NODE = 256


def emit(event, **fields):
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def fail(message):
    print(f"sign_in_crowd: {message}", file=sys.stderr, flush=True)


def png(width, height, rgb):
    """Returns a PNG of one color, 8-bit RGB, without filtering."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b"")


def form(form_type, fields):
    """Returns a jabber:x:data submit form (XEP-0004) as an element."""
    x = ET.Element("{jabber:x:data}x", type="submit")
    for var, value in [("FORM_TYPE", form_type)] + fields:
        field = ET.SubElement(x, "{jabber:x:data}field", var=var)
        if var == "FORM_TYPE":
            field.set("type", "hidden")
        ET.SubElement(field, "{jabber:x:data}value").text = value
    return x


def entry(author_jid, author_name, item_id, number, published):
    """Returns the Atom entry of a microblog post."""
    root = ET.Element(f"{{{ATOM_NS}}}entry")
    ET.SubElement(root, f"{{{ATOM_NS}}}title").text = f"Post {number} by {author_name}"
    content = ET.SubElement(root, f"{{{ATOM_NS}}}content", type="xhtml")
    div = ET.SubElement(content, "{http://www.w3.org/1999/xhtml}div")
    ET.SubElement(div, "{http://www.w3.org/1999/xhtml}p").text = (
        f"Notes number {number} from {author_name}: a paragraph of about the length of a short post, "
        "so that the feed parses and stores text of a realistic size.")
    author = ET.SubElement(root, f"{{{ATOM_NS}}}author")
    ET.SubElement(author, f"{{{ATOM_NS}}}name").text = author_name
    ET.SubElement(author, f"{{{ATOM_NS}}}uri").text = f"xmpp:{author_jid}"
    ET.SubElement(root, f"{{{ATOM_NS}}}id").text = f"tag:{author_jid},2026:{item_id}"
    stamp = published.strftime("%Y-%m-%dT%H:%M:%SZ")
    ET.SubElement(root, f"{{{ATOM_NS}}}published").text = stamp
    ET.SubElement(root, f"{{{ATOM_NS}}}updated").text = stamp
    return root


class Member(slixmpp.ClientXMPP):
    """One signed-in account of the crowd."""

    def __init__(self, options, user, resource):
        super().__init__(f"{user}@{options.domain}/{resource}", f"{user}-bench")
        self.options = options
        self.user = user
        self.ca_certs = options.ca_file
        self.started = asyncio.Event()
        self.failed = None
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0004")
        self.register_plugin("xep_0060")
        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("failed_all_auth", lambda _event: self.stop_with("authentication failed"))
        self.add_event_handler("ssl_invalid_chain", lambda error: self.stop_with(f"invalid certificate: {error}"))
        self.add_event_handler("connection_failed", lambda error: self.stop_with(f"connection failed: {error}"))

    async def get_dns_records(self, domain, port=None):
        return [(domain, self.options.host, self.options.port)]

    def stop_with(self, reason):
        self.failed = reason
        self.started.set()

    async def on_session_start(self, _event):
        self.started.set()

    async def sign_in(self):
        self.connect((self.options.host, self.options.port))
        await self.started.wait()
        if self.failed:
            raise RuntimeError(f"{self.user}: {self.failed}")

    def publish_options(self, fields):
        options = self.plugin["xep_0004"].make_form(ftype="submit")
        options.add_field(var="FORM_TYPE", ftype="hidden", value="http://jabber.org/protocol/pubsub#publish-options")
        for var, value in fields:
            options.add_field(var=var, value=value)
        return options

    async def publish(self, node, item_id, payload, options=None):
        await self.plugin["xep_0060"].publish(self.boundjid.bare, node, id=item_id, payload=payload, options=options, timeout=IQ_TIMEOUT_S)

    def node_options(self, fields):
        """Returns publish-options with fields, and without the push of the last item when --no-last-item is set."""
        if self.options.no_last_item:
            fields = fields + [("pubsub#send_last_published_item", "never")]
        return self.publish_options(fields)

    async def publish_avatar(self, number):
        image = png(32, 32, ((number * 37) % 256, (number * 91) % 256, (number * 53) % 256))
        digest = hashlib.sha1(image).hexdigest()
        data = ET.Element(f"{{{AVATAR_DATA_NS}}}data")
        data.text = base64.b64encode(image).decode()
        await self.publish(AVATAR_DATA_NS, digest, data, self.node_options([]))
        metadata = ET.Element(f"{{{AVATAR_METADATA_NS}}}metadata")
        ET.SubElement(metadata, f"{{{AVATAR_METADATA_NS}}}info", bytes=str(len(image)), id=digest, height="32", width="32", type="image/png")
        await self.publish(AVATAR_METADATA_NS, digest, metadata, self.node_options([]))

    async def publish_posts(self, count, name, newest):
        options = self.node_options([("pubsub#max_items", str(MAX_POSTS_PER_NODE))])
        for number in range(1, count + 1):
            item_id = f"{self.user}-post{number}"
            # One post every 7 minutes, the newest published last.
            published = newest - datetime.timedelta(minutes=7 * (count - number))
            await self.publish(MICROBLOG_NS, item_id, entry(self.boundjid.bare, name, item_id, number, published), options)

    async def create_room(self, room):
        joined = asyncio.get_running_loop().create_future()

        def on_presence(presence):
            if presence["from"].bare == room and not joined.done():
                joined.set_result(presence["type"])

        self.add_event_handler("presence", on_presence)
        presence = self.make_presence(pto=f"{room}/{self.user}")
        presence.append(ET.Element(f"{{{MUC_NS}}}x"))
        presence.send()
        kind = await asyncio.wait_for(joined, IQ_TIMEOUT_S)
        self.del_event_handler("presence", on_presence)
        if kind == "error":
            raise RuntimeError(f"joining {room} failed")
        # Prosody locks a new room until its owner configures it (XEP-0045, section 10.1).
        iq = self.make_iq_set(ito=room)
        query = ET.Element(f"{{{MUC_OWNER_NS}}}query")
        query.append(form("http://jabber.org/protocol/muc#roomconfig", [("muc#roomconfig_persistentroom", "1"),
                                                                        ("muc#roomconfig_roomname", room.split("@")[0])]))
        iq.append(query)
        await iq.send(timeout=IQ_TIMEOUT_S)

    async def publish_bookmarks(self, rooms, nick):
        # The publish-options of XEP-0402, section 3.3.
        options = self.publish_options([("pubsub#persist_items", "true"), ("pubsub#max_items", "max"),
                                        ("pubsub#send_last_published_item", "never"), ("pubsub#access_model", "whitelist")])
        for room in rooms:
            conference = ET.Element(f"{{{BOOKMARKS_NS}}}conference", name=room.split("@")[0].capitalize(), autojoin="true")
            ET.SubElement(conference, f"{{{BOOKMARKS_NS}}}nick").text = nick
            await self.publish(BOOKMARKS_NS, room, conference, options)


async def prepare_member(options, semaphore, number, posts):
    member = Member(options, f"{options.prefix}{number}", "crowd")
    async with semaphore:
        await member.sign_in()
        await member.publish_avatar(number)
        # Each contact's newest post is a minute older than the previous contact's.
        await member.publish_posts(posts, f"Contact {number}", datetime.datetime.utcnow() - datetime.timedelta(minutes=number))
        member.send_presence(pstatus=f"Status of contact {number}")
    return member


async def run(options):
    started = time.monotonic()
    semaphore = asyncio.Semaphore(options.concurrency)
    # The contacts' posts spread evenly, the first ones taking the remainder.
    base, extra = divmod(options.contact_posts, options.contacts)
    members = await asyncio.gather(*[prepare_member(options, semaphore, number, base + (1 if number <= extra else 0))
                                     for number in range(1, options.contacts + 1)])
    rooms = [f"bench{number}@{options.muc_domain}" for number in range(1, options.rooms + 1)]
    for room in rooms:
        await members[0].create_room(room)

    owner = Member(options, options.owner, "fixtures")
    await owner.sign_in()
    await owner.publish_posts(min(options.owner_posts, MAX_POSTS_PER_NODE), options.owner.capitalize(), datetime.datetime.utcnow())
    await owner.publish_bookmarks(rooms, options.owner)
    await owner.disconnect(wait=5)

    emit("ready", seconds=round(time.monotonic() - started, 1))
    return members


def parse_arguments():
    parser = argparse.ArgumentParser(description="Signs in the contacts of SignInBenchmark and keeps them online until stdin ends.")
    parser.add_argument("--host", required=True, help="server address, for example 127.0.0.1")
    parser.add_argument("--port", required=True, type=int, help="client-to-server (STARTTLS) port")
    parser.add_argument("--ca-file", required=True, help="PEM file of the CA that signed the server certificate")
    parser.add_argument("--domain", default="localhost")
    parser.add_argument("--muc-domain", default="conference.localhost")
    parser.add_argument("--prefix", default="contact", help="local part of the contacts before their number")
    parser.add_argument("--contacts", type=int, default=400)
    parser.add_argument("--contact-posts", type=int, default=1800, help="microblog posts of all contacts together")
    parser.add_argument("--owner", default="alice", help="local part of the measured account")
    parser.add_argument("--owner-posts", type=int, default=200, help="microblog posts of the measured account, at most 256")
    parser.add_argument("--rooms", type=int, default=50)
    parser.add_argument("--no-last-item", action="store_true",
                        help="configures the avatar and microblog nodes so that the server does not send their last item "
                             "to a subscriber that comes online (pubsub#send_last_published_item never)")
    parser.add_argument("--concurrency", type=int, default=40, help="contacts that sign in and publish at once")
    return parser.parse_args()


def main():
    options = parse_arguments()
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr, format="sign_in_crowd: %(levelname)s %(message)s")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        members = loop.run_until_complete(run(options))
    except Exception as error:  # Any failure leaves the fixtures incomplete.
        fail(f"making the fixtures failed: {error!r}")
        return 1

    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)

    def on_stdin():
        if not sys.stdin.buffer.read1(4096):
            loop.remove_reader(sys.stdin.fileno())
            stop.set()

    loop.add_reader(sys.stdin.fileno(), on_stdin)
    loop.run_until_complete(stop.wait())
    for member in members:
        member.disconnect(wait=1)
    loop.run_until_complete(asyncio.sleep(1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
