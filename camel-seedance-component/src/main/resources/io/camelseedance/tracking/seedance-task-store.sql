-- The Seedance task store (PostgreSQL), shared by every instance of an integration.
-- JdbcTaskStore runs this script when it opens, under an advisory lock, so a DBA may also run it beforehand:
-- every statement is safe to run again. Leases are measured on the database's clock, never an instance's.

-- Tasks in flight: each is polled by the instance that holds it, until its lease ends.
CREATE TABLE IF NOT EXISTS seedance_task (
    task_id     VARCHAR(200)  NOT NULL PRIMARY KEY,  -- the provider's task id
    client_key  VARCHAR(1000) NOT NULL,              -- provider|baseUrl|account fingerprint: whose task it is
                                                     -- (which endpoints may poll it; never the API key)
    tracked     TEXT          NOT NULL,              -- the TrackedTask, as JSON
    holder      VARCHAR(200),                        -- the instance polling it; NULL when free to take
    lease_until TIMESTAMPTZ,                         -- when the holder's claim ends unless renewed
    outcome     TEXT,                                -- a terminal VideoTask (JSON) learnt by an instance that does
                                                     -- not hold the task (a callback); its holder finishes it
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS seedance_task_holder ON seedance_task (holder);
CREATE INDEX IF NOT EXISTS seedance_task_lease ON seedance_task (lease_until);
CREATE INDEX IF NOT EXISTS seedance_task_created ON seedance_task (created_at);

-- Who reads the provider for the tasks in flight of an account, whichever instance holds them: one instance at a
-- time, so that a poll round's tasks are read in full batches once, not in a remainder batch per instance.
CREATE TABLE IF NOT EXISTS seedance_reader (
    client_key  VARCHAR(1000) NOT NULL PRIMARY KEY,  -- provider|baseUrl|account fingerprint, as in seedance_task
    holder      VARCHAR(200)  NOT NULL,              -- the instance reading them
    lease_until TIMESTAMPTZ   NOT NULL               -- when its reading ends unless renewed
);

-- Terminal tasks waiting for a seedance:tasks consumer (mode=tracked) to emit them; deleted once emitted.
CREATE TABLE IF NOT EXISTS seedance_outcome (
    task_id       VARCHAR(200) NOT NULL PRIMARY KEY,
    outcome       TEXT         NOT NULL,             -- the terminal task and its key (TrackedOutcome), as JSON
    holder        VARCHAR(200),                      -- the instance emitting it now
    claimed_until TIMESTAMPTZ,                       -- when that claim ends unless renewed
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- What the account-mode seedance:tasks and seedance:callback consumers emitted (or are emitting), per route.
CREATE TABLE IF NOT EXISTS seedance_emission (
    consumer      VARCHAR(300) NOT NULL,             -- the route id of the consumer
    task_id       VARCHAR(200) NOT NULL,
    holder        VARCHAR(200) NOT NULL,             -- the instance that claimed it
    claimed_until TIMESTAMPTZ  NOT NULL,             -- when an unconfirmed claim ends; when it was emitted after
    emitted       BOOLEAN      NOT NULL DEFAULT FALSE,
    claims        INTEGER      NOT NULL DEFAULT 1,   -- more than 1: taken over from an instance that died with it
    PRIMARY KEY (consumer, task_id)
);
-- tables made by an earlier version lack it
ALTER TABLE seedance_emission ADD COLUMN IF NOT EXISTS claims INTEGER NOT NULL DEFAULT 1;
CREATE INDEX IF NOT EXISTS seedance_emission_holder ON seedance_emission (holder);

-- Creates sent under a submission key (the CamelSeedanceSubmissionKey header), so that each key is sent once over
-- all instances and restarts: the instance whose insert made the row sends the create; the others adopt its task.
CREATE TABLE IF NOT EXISTS seedance_submission (
    client_key     VARCHAR(1000) NOT NULL,           -- whose account (as seedance_task.client_key)
    submission_key VARCHAR(200)  NOT NULL,           -- the caller's key
    task_id        VARCHAR(200),                     -- the task the create made; NULL while on the wire, or lost
    holder         VARCHAR(200),                     -- the instance sending the create; NULL once lost
    lease_until    TIMESTAMPTZ,                      -- while on the wire: when the holder's claim ends unless renewed
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    finding        TEXT,                             -- lost: what the settling of its create found, when no task
    candidates     TEXT,                             -- lost: the task ids that settling found could be it (JSON)
    PRIMARY KEY (client_key, submission_key)
);
-- tables made by an earlier version lack them
ALTER TABLE seedance_submission ADD COLUMN IF NOT EXISTS finding TEXT;
ALTER TABLE seedance_submission ADD COLUMN IF NOT EXISTS candidates TEXT;
CREATE INDEX IF NOT EXISTS seedance_submission_holder ON seedance_submission (holder);

-- Creates recorded before they are sent (CreateIntent), so that one cut off on the wire by a crash is settled: its
-- task found and tracked, or its outcome reported unknown. An intent on the wire belongs to its live instance (a
-- lease it renews); another instance settles it only once that lease ended. Answered intents are kept 10 minutes.
CREATE TABLE IF NOT EXISTS seedance_intent (
    intent_id   VARCHAR(100)  NOT NULL PRIMARY KEY,
    client_key  VARCHAR(1000) NOT NULL,              -- whose account (as seedance_task.client_key)
    intent      TEXT          NOT NULL,              -- the CreateIntent, as JSON
    task_id     VARCHAR(200),                        -- the task the create made, once it answered
    holder      VARCHAR(200)  NOT NULL,              -- the instance that sent it, or settles it
    lease_until TIMESTAMPTZ   NOT NULL               -- while unanswered: when the holder's claim ends unless renewed
);
CREATE INDEX IF NOT EXISTS seedance_intent_holder ON seedance_intent (holder);
-- Budgets shared by the instances (the spend governor): one row per budget name, locked by every change to it.
CREATE TABLE IF NOT EXISTS seedance_budget (
    name         VARCHAR(200) NOT NULL PRIMARY KEY,
    unit         VARCHAR(20)  NOT NULL,              -- tokens, credits or money
    period_start TIMESTAMPTZ  NOT NULL,              -- when the current period began (the database's clock)
    spent        DOUBLE PRECISION NOT NULL,          -- what the tasks ended in this period used
    day          DATE         NOT NULL,              -- the day (UTC) tasks_today counts
    tasks_today  INTEGER      NOT NULL
);

-- What the creates not yet ended are estimated to cost, by task id (or ticket while the create is on the wire).
CREATE TABLE IF NOT EXISTS seedance_budget_reservation (
    budget          VARCHAR(200) NOT NULL,
    reservation_key VARCHAR(200) NOT NULL,
    amount          DOUBLE PRECISION NOT NULL,
    price_per_token DOUBLE PRECISION,                -- money per token when priced by tokens, else NULL
    holder          VARCHAR(200) NOT NULL,           -- the instance that settles it; when its lease ends, the
    lease_until     TIMESTAMPTZ  NOT NULL,           -- next change to the budget charges the estimate
    PRIMARY KEY (budget, reservation_key)
);

-- Slots under a cap on tasks in flight, per account; a dead instance's slots free up when its lease ends.
CREATE TABLE IF NOT EXISTS seedance_slot (
    slot_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
    client_key  VARCHAR(1000) NOT NULL,              -- provider|baseUrl|account fingerprint (never the API key)
    holder      VARCHAR(200)  NOT NULL,
    lease_until TIMESTAMPTZ   NOT NULL
);
CREATE INDEX IF NOT EXISTS seedance_slot_account ON seedance_slot (client_key);
