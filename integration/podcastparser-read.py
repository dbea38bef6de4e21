"""Reads a podcast feed from stdin with gPodder's podcastparser and prints what it read as JSON.

Usage: python3 integration/podcastparser-read.py <feed URL> < feed.xml
The URL only resolves relative links, as gPodder passes the address it fetched.
"""

import json
import sys

import podcastparser

json.dump(podcastparser.parse(sys.argv[1], sys.stdin.buffer), sys.stdout, indent=2, sort_keys=True)
