"""eventwire's settings with their documented defaults, in one place: the limits on what
is read (each an `ingest` option and an IngestOptions field) and the coding defaults.

Imported by the CLI to show defaults in --help, so it imports nothing heavy.
"""

from __future__ import annotations

# Every input path has a byte limit, so the memory a single input can take is
# bounded by these numbers, not by the input (see the memory test in tests/test_bad_inputs.py).
#
# A news article is well under 100 kB of text. spaCy parses about 6,500 tokens/s
# per core, so 2 MB (~330k tokens) already costs ~50 s; anything bigger is not an
# article (a log, a dump, a book) and is skipped by size before it is read. Applies
# to a text file, a JSON line's text, a page's extracted text and a feed entry.
MAX_DOCUMENT_BYTES = 2 * 1024 * 1024
# Raw HTML carries scripts and markup: allow more bytes before extraction. Applies
# to an HTML file, a WARC response payload and a whole RSS/Atom file.
MAX_HTML_BYTES = 10 * 1024 * 1024
# Opening tags in one HTML page. Real article pages have 1k-10k; trafilatura's time
# grows faster than linearly with the element count (20k elements: 3 s, 100k: 22 s
# and 270 MB), so a page above this is refused before extraction.
MAX_HTML_TAGS = 30_000
# One JSON line: the text plus JSON escapes (a \uXXXX escape is 6 bytes for a 2-3
# byte character) and the other fields. Longer lines are skipped without being held.
MAX_LINE_BYTES = 8 * 1024 * 1024
# Bytes decompressed from one .gz file. A Common Crawl WARC file (~1 GB gzipped)
# holds ~5 GB; past this the rest of the file is one Skip (E105).
MAX_DECOMPRESSED_BYTES = 16 * 1024 ** 3
# Text and HTML compress 3-20 times; a stream that decompresses more than this many
# times its compressed size, once past 16 MB, is a gzip bomb and is stopped (E105).
MAX_COMPRESSION_RATIO = 200
RATIO_GRACE_BYTES = 16 * 1024 * 1024
# One header line of a WARC record or of its HTTP response (real ones are under
# 16 kB). A longer line is not a WARC (or a bomb of one repeated byte): it stops the
# file (E105) before warcio holds or prints it.
MAX_WARC_LINE_BYTES = 64 * 1024
# Texts shorter than this after extraction are not articles (menus, error pages).
MIN_TEXT_CHARS = 20
# MinHash LSH Jaccard threshold above which a document is a near-duplicate.
DUP_THRESHOLD = 0.8
NUM_PERM = 128
