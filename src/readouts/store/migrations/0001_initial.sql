-- readouts store, first schema (DESIGN.md section 5).
-- One row per coded article, its entities, mentions, events (with their participants),
-- relations; failures of inputs; runs of the coder; cross-article event clusters.
-- Table names starting with kb_ belong to the user knowledge base, not to this schema.

CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,          -- running, finished, interrupted
    command       VARCHAR,
    coder_key     VARCHAR NOT NULL,
    coder_version VARCHAR NOT NULL,
    model         VARCHAR NOT NULL,
    model_version VARCHAR NOT NULL,
    resources     JSON,
    settings      JSON,
    inputs        JSON,
    n_read        BIGINT DEFAULT 0,
    n_stored      BIGINT DEFAULT 0,
    n_unchanged   BIGINT DEFAULT 0,
    n_duplicates  BIGINT DEFAULT 0,
    n_failed      BIGINT DEFAULT 0
);

CREATE TABLE articles (
    id           VARCHAR PRIMARY KEY,
    coder_key    VARCHAR NOT NULL,
    run_id       VARCHAR,
    origin       VARCHAR,
    title        VARCHAR,
    url          VARCHAR,
    published    DATE,
    source       VARCHAR,
    language     VARCHAR,
    text_sha256  VARCHAR NOT NULL,
    text         VARCHAR NOT NULL,
    n_words      INTEGER,
    n_events     INTEGER,
    n_relations  INTEGER,
    topics       VARCHAR[],
    coding       JSON NOT NULL               -- CodedArticle JSON without its article
);

CREATE TABLE entities (
    article_id   VARCHAR NOT NULL,
    entity_id    VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL,
    country      VARCHAR,
    sectors      VARCHAR[],
    subnational  VARCHAR,
    titles       VARCHAR[],
    affiliation  VARCHAR,
    head         VARCHAR,
    kb_id        VARCHAR,
    confidence   DOUBLE,
    n_mentions   INTEGER,
    published    DATE
);

CREATE TABLE mentions (
    article_id   VARCHAR NOT NULL,
    mention_id   VARCHAR NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    label        VARCHAR,
    sentence     INTEGER,
    source       VARCHAR,
    entity_id    VARCHAR
);

CREATE TABLE events (
    event_uid            VARCHAR NOT NULL,   -- article id + '#' + event id
    event_key            BIGINT NOT NULL,    -- 63 bits of sha1(event_uid): fast joins
    article_id           VARCHAR NOT NULL,
    event_id             VARCHAR NOT NULL,
    cluster_id           VARCHAR,
    cluster_num          BIGINT,             -- the cluster id as an integer, for joins
    cluster_key          VARCHAR NOT NULL,
    type                 VARCHAR NOT NULL,
    mode                 VARCHAR,
    aux                  VARCHAR[],
    cameo                VARCHAR,
    cameo_name           VARCHAR,
    quad_class           TINYINT,
    intensity            DOUBLE,
    goldstein            DOUBLE,
    date                 DATE,
    date_text            VARCHAR,
    day                  DATE,               -- event date, else publication date
    published            DATE,
    location_name        VARCHAR,
    location_country     VARCHAR,
    location_subnational VARCHAR,
    lat                  DOUBLE,
    lon                  DOUBLE,
    geonameid            BIGINT,
    contexts             VARCHAR[],
    topics               VARCHAR[],
    confidence           DOUBLE,
    rule                 VARCHAR,
    actor_names          VARCHAR,
    recipient_names      VARCHAR,
    trigger_text         VARCHAR,
    evidence_text        VARCHAR,
    evidence             JSON
);

CREATE TABLE event_participants (
    event_uid    VARCHAR NOT NULL,
    event_key    BIGINT NOT NULL,
    article_id   VARCHAR NOT NULL,
    role         VARCHAR NOT NULL,           -- actor or recipient
    position     SMALLINT NOT NULL,
    entity_id    VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    name_key     VARCHAR NOT NULL,           -- casefolded name (or kb id) for matching
    country      VARCHAR,
    sectors      VARCHAR[],
    subnational  VARCHAR
);

CREATE TABLE relations (
    relation_uid   VARCHAR NOT NULL,
    article_id     VARCHAR NOT NULL,
    relation_id    VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    a_entity_id    VARCHAR,
    a_name         VARCHAR NOT NULL,
    a_country      VARCHAR,
    a_subnational  VARCHAR,
    b_entity_id    VARCHAR,
    b_name         VARCHAR NOT NULL,
    b_country      VARCHAR,
    b_subnational  VARCHAR,
    confidence     DOUBLE,
    rule           VARCHAR,
    evidence_text  VARCHAR,
    published      DATE
);

CREATE TABLE failures (
    failure_key  VARCHAR PRIMARY KEY,        -- hash of input, article id, stage, code
    run_id       VARCHAR,
    article_id   VARCHAR,
    input        VARCHAR,
    stage        VARCHAR NOT NULL,
    code         VARCHAR NOT NULL,
    message      VARCHAR NOT NULL
);

CREATE TABLE event_clusters (
    cluster_id        VARCHAR NOT NULL,
    cluster_num       BIGINT NOT NULL,
    cluster_key       VARCHAR NOT NULL,
    type              VARCHAR NOT NULL,
    mode              VARCHAR,
    day_start         DATE,
    day_end           DATE,
    n_events          INTEGER NOT NULL,
    n_articles        INTEGER NOT NULL,
    first_event_uid   VARCHAR NOT NULL,
    actor_names       VARCHAR,
    recipient_names   VARCHAR,
    location_name     VARCHAR
);
