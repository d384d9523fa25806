-- eventwire store, schema 1: documents, events (schema-1 fields, flattened),
-- actors, quotes, skips, ingest runs, and the input files already ingested.
-- Primary keys are content hashes, so re-ingesting the same input adds nothing.

CREATE TABLE ingest_runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,          -- running | finished (a killed run stays running)
    command       VARCHAR,
    workers       INTEGER,
    dup_threshold DOUBLE,
    documents     BIGINT DEFAULT 0,          -- new documents stored (coded + duplicates + failed)
    coded         BIGINT DEFAULT 0,
    duplicates    BIGINT DEFAULT 0,
    events        BIGINT DEFAULT 0,
    skips         BIGINT DEFAULT 0,
    already       BIGINT DEFAULT 0           -- documents found already stored
);

CREATE TABLE documents (
    doc_id        VARCHAR PRIMARY KEY,       -- sha256 of the whitespace-normalised text
    origin        VARCHAR NOT NULL,          -- path plus locator where it was first read
    source        VARCHAR,                   -- publisher (site name, feed title, field) or path
    url           VARCHAR,
    title         VARCHAR,
    published     DATE,
    date_source   VARCHAR NOT NULL,          -- given | metadata | fallback
    text          VARCHAR NOT NULL,
    n_chars       INTEGER NOT NULL,
    status        VARCHAR NOT NULL,          -- coded | duplicate | failed
    duplicate_of  VARCHAR,                   -- doc_id of the earlier near-duplicate
    similarity    DOUBLE,                    -- estimated Jaccard with duplicate_of
    n_events      INTEGER NOT NULL DEFAULT 0,
    minhash       BLOB,                      -- uint32 MinHash signature (affine32)
    run_id        VARCHAR,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE events (
    event_id            VARCHAR PRIMARY KEY,
    schema              INTEGER NOT NULL,
    doc_id              VARCHAR NOT NULL,
    sentence_index      INTEGER NOT NULL,
    sentence            VARCHAR NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    evidence_text       VARCHAR NOT NULL,
    source_text         VARCHAR,
    source_name         VARCHAR,
    source_code         VARCHAR,
    source_country      VARCHAR,
    source_role         VARCHAR,
    source_kb_id        VARCHAR,
    target_text         VARCHAR,
    target_name         VARCHAR,
    target_code         VARCHAR,
    target_country      VARCHAR,
    target_role         VARCHAR,
    target_kb_id        VARCHAR,
    cameo               VARCHAR NOT NULL,
    cameo_root          VARCHAR NOT NULL,     -- first two digits
    cameo_label         VARCHAR,
    goldstein           DOUBLE,
    quad_class          INTEGER,
    plover_event        VARCHAR,
    plover_mode         VARCHAR,
    polarity            VARCHAR,
    modality            VARCHAR,
    date                VARCHAR,              -- as coded (YYYY, YYYY-MM or YYYY-MM-DD)
    day                 DATE,                 -- the date as a DATE when it has a day
    date_precision      VARCHAR,
    date_source         VARCHAR,
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_geonameid  BIGINT,
    quote               VARCHAR,
    rule                VARCHAR,
    confidence          DOUBLE,
    run_id              VARCHAR
);

CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE actors (
    actor_key  VARCHAR PRIMARY KEY,          -- sha1 of kb_id, code, name (or text when unresolved)
    code       VARCHAR,
    name       VARCHAR,
    country    VARCHAR,
    role       VARCHAR,
    kb_id      VARCHAR,
    text       VARCHAR                       -- the first mention text seen
);

CREATE TABLE quotes (
    quote_id        VARCHAR PRIMARY KEY,     -- sha1 of doc_id + offsets
    doc_id          VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    speaker_text    VARCHAR,
    speaker_code    VARCHAR,
    speaker_name    VARCHAR,
    sentence_index  INTEGER,
    event_id        VARCHAR
);

CREATE TABLE skips (
    skip_id    VARCHAR PRIMARY KEY,          -- sha1 of source + code + reason
    source     VARCHAR NOT NULL,
    code       VARCHAR NOT NULL,
    reason     VARCHAR NOT NULL,
    doc_id     VARCHAR,
    run_id     VARCHAR,
    skipped_at TIMESTAMP NOT NULL
);

CREATE TABLE ingested_files (
    path      VARCHAR PRIMARY KEY,           -- resolved path
    size      BIGINT NOT NULL,
    mtime_ns  BIGINT NOT NULL,
    run_id    VARCHAR,
    done_at   TIMESTAMP NOT NULL
);
