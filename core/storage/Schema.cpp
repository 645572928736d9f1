#include "Schema.h"

#include "Fsm.h"

namespace vigilo {

// The schema, version by version, in the SQLite spelling; PostgresDialect translates types.
QStringList schemaStatements(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral(R"(CREATE TABLE workspaces (
                id INTEGER PRIMARY KEY,
                slug TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                locale TEXT NOT NULL DEFAULT 'en_US',
                next_change_number INTEGER NOT NULL DEFAULT 1,
                audit_seq INTEGER NOT NULL DEFAULT 0,
                audit_head TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE members (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                username TEXT NOT NULL,
                display_name TEXT NOT NULL DEFAULT '',
                role TEXT NOT NULL CHECK (role IN ('viewer','engineer','approver','admin','owner')),
                active INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, username)))"),
            QStringLiteral("CREATE INDEX members_username ON members(username)"),
            QStringLiteral(R"(CREATE TABLE assets (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL DEFAULT 'service',
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, name)))"),
            QStringLiteral(R"(CREATE TABLE changes (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                number INTEGER NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                change_type TEXT NOT NULL CHECK (change_type IN ('standard','normal','emergency')),
                is_standard INTEGER NOT NULL DEFAULT 0,
                priority TEXT NOT NULL CHECK (priority IN ('low','medium','high','critical')),
                risk_level TEXT CHECK (risk_level IN ('low','medium','high')),
                planned_start TEXT,
                planned_end TEXT,
                min_lead_time_hours INTEGER NOT NULL,
                implementation_plan TEXT NOT NULL DEFAULT '',
                rollback_plan TEXT NOT NULL DEFAULT '',
                test_plan TEXT NOT NULL DEFAULT '',
                assignee_id INTEGER REFERENCES members(id),
                requester_id INTEGER NOT NULL REFERENCES members(id),
                status TEXT NOT NULL CHECK (status IN ('draft','review','approved','scheduled',
                    'in_progress','completed','rolled_back','rejected','cancelled')),
                closure_code TEXT CHECK (closure_code IN ('successful','successful_with_issues','unsuccessful')),
                closure_notes TEXT NOT NULL DEFAULT '',
                closed_at TEXT,
                closed_by_id INTEGER REFERENCES members(id),
                rolled_back_at TEXT,
                rolled_back_by_id INTEGER REFERENCES members(id),
                rollback_reason TEXT NOT NULL DEFAULT '',
                submitted_at TEXT,
                approved_at TEXT,
                started_at TEXT,
                cancelled_at TEXT,
                cancel_reason TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (workspace_id, number),
                CHECK (planned_start IS NULL OR planned_end IS NULL OR planned_end > planned_start)))"),
            QStringLiteral("CREATE INDEX changes_ws_status ON changes(workspace_id, status)"),
            QStringLiteral("CREATE INDEX changes_ws_start ON changes(workspace_id, planned_start)"),
            QStringLiteral("CREATE INDEX changes_assignee ON changes(assignee_id)"),
            QStringLiteral(R"(CREATE TABLE change_assets (
                change_id INTEGER NOT NULL REFERENCES changes(id),
                asset_id INTEGER NOT NULL REFERENCES assets(id),
                PRIMARY KEY (change_id, asset_id)))"),
            QStringLiteral(
                "CREATE INDEX change_assets_asset ON change_assets(asset_id, change_id)"),
            QStringLiteral(R"(CREATE TABLE change_dependencies (
                change_id INTEGER NOT NULL REFERENCES changes(id),
                depends_on_id INTEGER NOT NULL REFERENCES changes(id),
                PRIMARY KEY (change_id, depends_on_id),
                CHECK (change_id <> depends_on_id)))"),
            QStringLiteral(
                "CREATE INDEX change_dependencies_up ON change_dependencies(depends_on_id)"),
            QStringLiteral(R"(CREATE TABLE change_tasks (
                id INTEGER PRIMARY KEY,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                seq INTEGER NOT NULL,
                title TEXT NOT NULL,
                is_required INTEGER NOT NULL DEFAULT 1,
                status TEXT NOT NULL CHECK (status IN ('pending','in_progress','done','skipped')),
                started_at TEXT,
                started_by_id INTEGER REFERENCES members(id),
                finished_at TEXT,
                finished_by_id INTEGER REFERENCES members(id),
                UNIQUE (change_id, seq)))"),
            QStringLiteral(R"(CREATE TABLE task_predecessors (
                task_id INTEGER NOT NULL REFERENCES change_tasks(id) ON DELETE CASCADE,
                predecessor_id INTEGER NOT NULL REFERENCES change_tasks(id) ON DELETE CASCADE,
                PRIMARY KEY (task_id, predecessor_id)))"),
            QStringLiteral(R"(CREATE TABLE approval_steps (
                id INTEGER PRIMARY KEY,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                round INTEGER NOT NULL,
                step_order INTEGER NOT NULL,
                name TEXT NOT NULL,
                eligible_role TEXT NOT NULL,
                eligible_members TEXT NOT NULL DEFAULT '',
                required_approvals INTEGER NOT NULL DEFAULT 1,
                source TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('waiting','pending','approved','rejected','superseded')),
                decided_at TEXT,
                UNIQUE (change_id, round, step_order)))"),
            QStringLiteral(R"(CREATE TABLE approval_decisions (
                id INTEGER PRIMARY KEY,
                step_id INTEGER NOT NULL REFERENCES approval_steps(id),
                member_id INTEGER NOT NULL REFERENCES members(id),
                approved INTEGER NOT NULL,
                comment TEXT NOT NULL DEFAULT '',
                decided_at TEXT NOT NULL,
                UNIQUE (step_id, member_id)))"),
            QStringLiteral(R"(CREATE TABLE freeze_windows (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                name TEXT NOT NULL,
                start_at TEXT NOT NULL,
                end_at TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                allow_override INTEGER NOT NULL DEFAULT 0,
                created_by_id INTEGER REFERENCES members(id),
                created_at TEXT NOT NULL,
                CHECK (end_at > start_at)))"),
            QStringLiteral(
                "CREATE INDEX freeze_windows_ws ON freeze_windows(workspace_id, start_at)"),
            QStringLiteral(R"(CREATE TABLE freeze_window_assets (
                freeze_id INTEGER NOT NULL REFERENCES freeze_windows(id),
                asset_id INTEGER NOT NULL REFERENCES assets(id),
                PRIMARY KEY (freeze_id, asset_id)))"),
            QStringLiteral(R"(CREATE TABLE comments (
                id INTEGER PRIMARY KEY,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                author_id INTEGER NOT NULL REFERENCES members(id),
                body TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX comments_change ON comments(change_id, id)"),
            QStringLiteral(R"(CREATE TABLE audit_events (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                seq INTEGER NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity TEXT NOT NULL,
                entity_id INTEGER NOT NULL DEFAULT 0,
                change_number INTEGER NOT NULL DEFAULT 0,
                old_values TEXT NOT NULL DEFAULT '{}',
                new_values TEXT NOT NULL DEFAULT '{}',
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL,
                UNIQUE (workspace_id, seq)))"),
            QStringLiteral("CREATE INDEX audit_events_change ON audit_events(workspace_id, "
                           "change_number, seq)"),
        };
    case 2:
        return {
            QStringLiteral(R"(CREATE TABLE attachments (
                id INTEGER PRIMARY KEY,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                file_name TEXT NOT NULL,
                mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                content BLOB NOT NULL,
                added_by_id INTEGER NOT NULL REFERENCES members(id),
                added_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX attachments_change ON attachments(change_id, id)"),
        };
    case 3:
        return {
            QStringLiteral(R"(CREATE TABLE approval_policies (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                name TEXT NOT NULL,
                position INTEGER NOT NULL,
                active INTEGER NOT NULL DEFAULT 1,
                match_change_types TEXT NOT NULL DEFAULT '',
                match_priorities TEXT NOT NULL DEFAULT '',
                match_risk_levels TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, name)))"),
            QStringLiteral(R"(CREATE TABLE approval_policy_assets (
                policy_id INTEGER NOT NULL REFERENCES approval_policies(id),
                asset_id INTEGER NOT NULL REFERENCES assets(id),
                PRIMARY KEY (policy_id, asset_id)))"),
            QStringLiteral(R"(CREATE TABLE approval_policy_steps (
                id INTEGER PRIMARY KEY,
                policy_id INTEGER NOT NULL REFERENCES approval_policies(id),
                step_order INTEGER NOT NULL,
                name TEXT NOT NULL,
                eligible_role TEXT NOT NULL,
                eligible_members TEXT NOT NULL DEFAULT '',
                required_approvals INTEGER NOT NULL DEFAULT 1,
                UNIQUE (policy_id, step_order)))"),
            QStringLiteral(R"(CREATE TABLE change_templates (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                name TEXT NOT NULL,
                title TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                implementation_plan TEXT NOT NULL DEFAULT '',
                rollback_plan TEXT NOT NULL DEFAULT '',
                test_plan TEXT NOT NULL DEFAULT '',
                assets TEXT NOT NULL DEFAULT '',
                priority TEXT NOT NULL DEFAULT 'low',
                risk_level TEXT,
                min_lead_time_hours INTEGER NOT NULL DEFAULT 4,
                active INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, name)))"),
            QStringLiteral("ALTER TABLE changes ADD COLUMN template_id INTEGER REFERENCES "
                           "change_templates(id)"),
            QStringLiteral(R"(CREATE TABLE risk_questions (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                question_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10),
                choices TEXT NOT NULL,
                UNIQUE (workspace_id, question_key)))"),
            QStringLiteral(R"(CREATE TABLE risk_answers (
                change_id INTEGER NOT NULL REFERENCES changes(id),
                question_key TEXT NOT NULL,
                choice INTEGER NOT NULL,
                answered_by_id INTEGER NOT NULL REFERENCES members(id),
                answered_at TEXT NOT NULL,
                PRIMARY KEY (change_id, question_key)))"),
            QStringLiteral(R"(CREATE TABLE maintenance_windows (
                id INTEGER PRIMARY KEY,
                asset_id INTEGER NOT NULL REFERENCES assets(id),
                weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 10080),
                time_zone TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX maintenance_windows_asset ON maintenance_windows(asset_id)"),
            // Title words, for Suggest similar without scanning every title.
            QStringLiteral(R"(CREATE TABLE change_words (
                word TEXT NOT NULL,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                PRIMARY KEY (word, change_id)))"),
            QStringLiteral("CREATE INDEX change_words_change ON change_words(change_id)"),
        };
    case 4: return {}; // server-side guards, written by each dialect
    case 5:
        // The longest planned window in the workspace bounds the conflicts search: an overlapping
        // window starts at most that long before the end of ours (an index range, not a scan).
        return {QStringLiteral("ALTER TABLE workspaces ADD COLUMN longest_window_secs INTEGER NOT "
                               "NULL DEFAULT 0")};
    case 6:
        // Webhooks (issue 7): endpoints, an outbox filled in the transaction of each transition
        // (so no event is lost when the receiver or the network is down), the log of every
        // delivery attempt, and subscriptions of members to assets.
        return {
            // member_id set: a member's personal endpoint (their subscriptions' webhook);
            // NULL: a workspace endpoint managed by admins. events: comma list, '' = every event.
            QStringLiteral(R"(CREATE TABLE webhook_endpoints (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                member_id INTEGER REFERENCES members(id),
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                secret TEXT NOT NULL,
                events TEXT NOT NULL DEFAULT '',
                format TEXT NOT NULL DEFAULT 'json' CHECK (format IN ('json','slack')),
                active INTEGER NOT NULL DEFAULT 1,
                created_by_id INTEGER REFERENCES members(id),
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, name)))"),
            // One row per endpoint per event. body and signature are fixed at enqueue time, so a
            // retry sends the same bytes and the receiver de-duplicates on delivery_id.
            QStringLiteral(R"(CREATE TABLE webhook_outbox (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints(id),
                delivery_id TEXT NOT NULL UNIQUE,
                event TEXT NOT NULL,
                event_seq INTEGER NOT NULL DEFAULT 0,
                change_number INTEGER NOT NULL DEFAULT 0,
                body TEXT NOT NULL,
                signature TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','delivered','failed','cancelled')),
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                lease_owner TEXT,
                lease_until TEXT,
                delivered_at TEXT,
                last_status INTEGER,
                last_error TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(
                "CREATE INDEX webhook_outbox_due ON webhook_outbox(state, next_attempt_at)"),
            QStringLiteral("CREATE INDEX webhook_outbox_ws ON webhook_outbox(workspace_id, id)"),
            QStringLiteral(R"(CREATE TABLE webhook_deliveries (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                outbox_id INTEGER NOT NULL REFERENCES webhook_outbox(id),
                attempt INTEGER NOT NULL,
                at TEXT NOT NULL,
                http_status INTEGER,
                error TEXT NOT NULL DEFAULT '',
                duration_ms INTEGER NOT NULL DEFAULT 0,
                delivered_by TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral(
                "CREATE INDEX webhook_deliveries_outbox ON webhook_deliveries(outbox_id, attempt)"),
            QStringLiteral(
                "CREATE INDEX webhook_deliveries_ws ON webhook_deliveries(workspace_id, id)"),
            // channel 'webhook': events go to endpoint_id (the member's personal endpoint);
            // 'desktop': the member's GUI shows a notification.
            QStringLiteral(R"(CREATE TABLE subscriptions (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                member_id INTEGER NOT NULL REFERENCES members(id),
                asset_id INTEGER NOT NULL REFERENCES assets(id),
                channel TEXT NOT NULL CHECK (channel IN ('webhook','desktop')),
                endpoint_id INTEGER REFERENCES webhook_endpoints(id),
                created_at TEXT NOT NULL,
                UNIQUE (member_id, asset_id, channel),
                CHECK ((channel = 'webhook') = (endpoint_id IS NOT NULL))))"),
            QStringLiteral("CREATE INDEX subscriptions_asset ON subscriptions(asset_id, channel)"),
        };
    case 7:
        // Nothing crosses workspaces (issue 12): the title-word index names the workspace of
        // each row, and Suggest similar reads it within one workspace. A row's workspace is its
        // change's (a composite foreign key): a crafted row cannot claim another workspace's
        // change. The table is rebuilt (SQLite cannot change a primary key), its rows kept.
        return {
            QStringLiteral("CREATE UNIQUE INDEX changes_id_workspace ON changes(id, workspace_id)"),
            QStringLiteral(R"(CREATE TABLE change_words_v7 (
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                word TEXT NOT NULL,
                change_id INTEGER NOT NULL REFERENCES changes(id),
                PRIMARY KEY (workspace_id, word, change_id),
                FOREIGN KEY (change_id, workspace_id) REFERENCES changes(id, workspace_id)))"),
            QStringLiteral("INSERT INTO change_words_v7 (workspace_id, word, change_id) SELECT "
                           "c.workspace_id, w.word, w.change_id FROM change_words w JOIN changes "
                           "c ON c.id = w.change_id"),
            QStringLiteral("DROP TABLE change_words"),
            QStringLiteral("ALTER TABLE change_words_v7 RENAME TO change_words"),
            QStringLiteral("CREATE INDEX change_words_change ON change_words(change_id)"),
        };
    case 8:
        // Webhook and subscription URLs may not point at loopback, private, link-local or
        // cloud-metadata addresses unless an admin allows the host here (audited). PostgreSQL
        // also widens the integer columns that hold 64-bit values (PostgresDialect).
        return {
            QStringLiteral(R"(CREATE TABLE webhook_allowed_hosts (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                host TEXT NOT NULL,
                created_by_id INTEGER REFERENCES members(id),
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, host)))"),
        };
    case 9:
        // Signed evidence packs (issue 14): the certificates a workspace trusts to sign its
        // packs. Rows are never deleted and a revocation is final (triggers below, per dialect);
        // a pack signed at or after revoked_at is refused by verification.
        return {
            QStringLiteral(R"(CREATE TABLE trusted_certificates (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
                subject TEXT NOT NULL,
                common_name TEXT NOT NULL DEFAULT '',
                not_before TEXT NOT NULL,
                not_after TEXT NOT NULL,
                pem TEXT NOT NULL,
                added_by TEXT NOT NULL,
                added_at TEXT NOT NULL,
                revoked_at TEXT,
                revoked_by TEXT,
                revoke_reason TEXT,
                UNIQUE (workspace_id, fingerprint),
                CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))))"),
        };
    case 10:
        // The team server (issue 13): its accounts, sessions and one-time enrollment codes, the
        // sign-in throttle, and the append-only log of what happened to them. Members of a
        // team sign in to vigilo-server and hold no database login; only the server reads
        // these tables. Secrets are stored hashed: Argon2id for passwords, SHA-256 for the
        // random session tokens and enrollment codes.
        return {
            QStringLiteral(R"(CREATE TABLE accounts (
                id INTEGER PRIMARY KEY,
                username TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                password_set_at TEXT))"),
            QStringLiteral(R"(CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                token_hash TEXT NOT NULL UNIQUE,
                client TEXT NOT NULL DEFAULT '',
                address TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                last_used_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                revoked_at TEXT))"),
            QStringLiteral("CREATE INDEX sessions_account ON sessions(account_id, revoked_at)"),
            QStringLiteral(R"(CREATE TABLE enrollment_codes (
                id INTEGER PRIMARY KEY,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                code_hash TEXT NOT NULL UNIQUE,
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                used_at TEXT))"),
            QStringLiteral(
                "CREATE INDEX enrollment_codes_account ON enrollment_codes(account_id, used_at)"),
            // key: "account:NAME" or "address:IP"; a key is blocked until blocked_until.
            QStringLiteral(R"(CREATE TABLE signin_throttle (
                key TEXT PRIMARY KEY,
                failures INTEGER NOT NULL DEFAULT 0,
                last_failure_at TEXT NOT NULL,
                blocked_until TEXT))"),
            QStringLiteral(R"(CREATE TABLE account_events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                username TEXT NOT NULL,
                event TEXT NOT NULL,
                address TEXT NOT NULL DEFAULT '',
                details TEXT NOT NULL DEFAULT '{}'))"),
            QStringLiteral("CREATE INDEX account_events_user ON account_events(username, id)"),
        };
    case 11:
        // Issue 16: asset details, typed relationships between assets and impact exclusions.
        // A relationship and an exclusion carry their workspace and reference their assets,
        // change and member through (workspace_id, id) pairs, so the database itself refuses one
        // that points into another workspace.
        return {
            QStringLiteral("ALTER TABLE assets ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE assets ADD COLUMN criticality TEXT NOT NULL DEFAULT "
                           "'medium' CHECK (criticality IN ('low','medium','high','critical'))"),
            QStringLiteral("ALTER TABLE assets ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE UNIQUE INDEX assets_ws_id ON assets(workspace_id, id)"),
            QStringLiteral("CREATE UNIQUE INDEX members_ws_id ON members(workspace_id, id)"),
            QStringLiteral("CREATE UNIQUE INDEX changes_ws_id ON changes(workspace_id, id)"),
            // The picker filters by kind and owner within a workspace.
            QStringLiteral("CREATE INDEX assets_ws_kind ON assets(workspace_id, kind, name)"),
            QStringLiteral("CREATE INDEX assets_ws_owner ON assets(workspace_id, owner, name)"),
            // "from kind to": from runs_on / depends_on / is part_of to. The unique key serves
            // the walk from an asset to what it relies on; asset_relations_to the walk from an
            // asset to what relies on it (impact).
            QStringLiteral(R"(CREATE TABLE asset_relations (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                from_asset_id BIGINT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('runs_on','depends_on','part_of')),
                to_asset_id BIGINT NOT NULL,
                created_by_id BIGINT,
                created_at TEXT NOT NULL,
                UNIQUE (from_asset_id, kind, to_asset_id),
                CHECK (from_asset_id <> to_asset_id),
                FOREIGN KEY (workspace_id, from_asset_id) REFERENCES assets(workspace_id, id),
                FOREIGN KEY (workspace_id, to_asset_id) REFERENCES assets(workspace_id, id),
                FOREIGN KEY (workspace_id, created_by_id) REFERENCES members(workspace_id, id)))"),
            QStringLiteral("CREATE INDEX asset_relations_to ON asset_relations(to_asset_id, kind, "
                           "from_asset_id)"),
            QStringLiteral(
                "CREATE INDEX asset_relations_ws ON asset_relations(workspace_id, kind)"),
            QStringLiteral(R"(CREATE TABLE impact_exclusions (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                change_id BIGINT NOT NULL,
                asset_id BIGINT NOT NULL,
                reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
                excluded_by_id BIGINT NOT NULL,
                excluded_at TEXT NOT NULL,
                UNIQUE (change_id, asset_id),
                FOREIGN KEY (workspace_id, change_id) REFERENCES changes(workspace_id, id),
                FOREIGN KEY (workspace_id, asset_id) REFERENCES assets(workspace_id, id),
                FOREIGN KEY (workspace_id, excluded_by_id) REFERENCES members(workspace_id, id)))"),
        };
    case 12:
        // Issue 15: change advisory boards and their meetings. A CAB has voting members and
        // advisers, a chair, a quorum rule (a count or a percentage of the voting members), a
        // weekly slot and an agenda rule; a meeting's agenda is frozen when it starts (the
        // triggers of the dialects refuse to reorder or extend it afterwards, except by the
        // chair's explicit admission of a late addition). The conditions of an approval stand on
        // the change.
        return {
            QStringLiteral(
                "ALTER TABLE changes ADD COLUMN approval_conditions TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE cabs (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                name TEXT NOT NULL,
                chair_id BIGINT NOT NULL,
                quorum_count INTEGER CHECK (quorum_count IS NULL OR quorum_count >= 1),
                quorum_percent INTEGER CHECK (quorum_percent IS NULL OR quorum_percent BETWEEN 1 AND 100),
                slot_weekday INTEGER CHECK (slot_weekday IS NULL OR slot_weekday BETWEEN 1 AND 7),
                slot_time TEXT NOT NULL DEFAULT '',
                slot_time_zone TEXT NOT NULL DEFAULT 'UTC',
                slot_minutes INTEGER NOT NULL DEFAULT 60 CHECK (slot_minutes BETWEEN 5 AND 1440),
                agenda_types TEXT NOT NULL DEFAULT 'normal,emergency',
                agenda_within_days INTEGER NOT NULL DEFAULT 14 CHECK (agenda_within_days BETWEEN 0 AND 366),
                agenda_order TEXT NOT NULL DEFAULT 'risk' CHECK (agenda_order IN ('risk','start','number')),
                item_minutes INTEGER NOT NULL DEFAULT 10 CHECK (item_minutes BETWEEN 1 AND 240),
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, name),
                UNIQUE (workspace_id, id),
                CHECK ((quorum_count IS NULL) <> (quorum_percent IS NULL)),
                FOREIGN KEY (workspace_id, chair_id) REFERENCES members(workspace_id, id)))"),
            QStringLiteral(R"(CREATE TABLE cab_members (
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                cab_id BIGINT NOT NULL,
                member_id BIGINT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('voting','adviser')),
                PRIMARY KEY (cab_id, member_id),
                FOREIGN KEY (workspace_id, cab_id) REFERENCES cabs(workspace_id, id),
                FOREIGN KEY (workspace_id, member_id) REFERENCES members(workspace_id, id)))"),
            QStringLiteral(R"(CREATE TABLE cab_meetings (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                number INTEGER NOT NULL,
                cab_id BIGINT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('slot','ad_hoc')),
                scheduled_start TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','in_progress','closed')),
                started_at TEXT,
                closed_at TEXT,
                minutes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, number),
                UNIQUE (workspace_id, id),
                FOREIGN KEY (workspace_id, cab_id) REFERENCES cabs(workspace_id, id)))"),
            QStringLiteral(R"(CREATE TABLE cab_agenda_items (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                meeting_id BIGINT NOT NULL,
                change_id BIGINT NOT NULL,
                position INTEGER NOT NULL,
                time_box_minutes INTEGER NOT NULL CHECK (time_box_minutes BETWEEN 1 AND 240),
                late INTEGER NOT NULL DEFAULT 0,
                decision TEXT CHECK (decision IS NULL OR decision IN ('approve','approve_with_conditions','reject','defer','needs_information')),
                note TEXT NOT NULL DEFAULT '',
                votes TEXT NOT NULL DEFAULT '[]',
                attendees TEXT NOT NULL DEFAULT '[]',
                decided_by_id BIGINT,
                started_at TEXT,
                decided_at TEXT,
                UNIQUE (meeting_id, change_id),
                FOREIGN KEY (workspace_id, meeting_id) REFERENCES cab_meetings(workspace_id, id),
                FOREIGN KEY (workspace_id, change_id) REFERENCES changes(workspace_id, id),
                FOREIGN KEY (workspace_id, decided_by_id) REFERENCES members(workspace_id, id)))"),
            QStringLiteral("CREATE INDEX cab_agenda_change ON cab_agenda_items(change_id)"),
            QStringLiteral(R"(CREATE TABLE cab_attendance (
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                meeting_id BIGINT NOT NULL,
                member_id BIGINT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('present','absent','represented')),
                delegate_id BIGINT,
                PRIMARY KEY (meeting_id, member_id),
                CHECK ((status = 'represented') = (delegate_id IS NOT NULL)),
                FOREIGN KEY (workspace_id, meeting_id) REFERENCES cab_meetings(workspace_id, id),
                FOREIGN KEY (workspace_id, member_id) REFERENCES members(workspace_id, id),
                FOREIGN KEY (workspace_id, delegate_id) REFERENCES members(workspace_id, id)))"),
            QStringLiteral("CREATE INDEX cab_meetings_cab ON cab_meetings(cab_id, status)"),
        };
    case 13:
        // Issue 15 (h15-approvals): delegations (a member's substitutes for a date range), the
        // decision a substitute records on behalf of the member, the workspace's approval
        // settings (distinct people, the bulk approval guard) and saved change filters.
        return {
            QStringLiteral(R"(CREATE TABLE delegations (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                member_id BIGINT NOT NULL,
                substitute_id BIGINT NOT NULL,
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                created_by_id BIGINT NOT NULL,
                created_at TEXT NOT NULL,
                CHECK (member_id <> substitute_id),
                CHECK (ends_at > starts_at),
                FOREIGN KEY (workspace_id, member_id) REFERENCES members(workspace_id, id),
                FOREIGN KEY (workspace_id, substitute_id) REFERENCES members(workspace_id, id),
                FOREIGN KEY (workspace_id, created_by_id) REFERENCES members(workspace_id, id)))"),
            // "Who do I stand in for now" (the queue, approve) and "whom did X name".
            QStringLiteral("CREATE INDEX delegations_substitute ON delegations(workspace_id, "
                           "substitute_id, ends_at)"),
            QStringLiteral("CREATE INDEX delegations_member ON delegations(workspace_id, "
                           "member_id, ends_at)"),
            QStringLiteral("ALTER TABLE approval_decisions ADD COLUMN on_behalf_of_id BIGINT "
                           "REFERENCES members(id)"),
            QStringLiteral("ALTER TABLE workspaces ADD COLUMN distinct_approvers INTEGER NOT NULL "
                           "DEFAULT 1"),
            QStringLiteral("ALTER TABLE workspaces ADD COLUMN bulk_guard TEXT NOT NULL DEFAULT "
                           "'{}'"),
            QStringLiteral(R"(CREATE TABLE saved_filters (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                member_id BIGINT NOT NULL,
                name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                params TEXT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (workspace_id, member_id, name),
                FOREIGN KEY (workspace_id, member_id) REFERENCES members(workspace_id, id)))"),
            // The personal views: "my changes" and "assigned to me" within a workspace.
            QStringLiteral("CREATE INDEX changes_ws_requester ON changes(workspace_id, "
                           "requester_id, status)"),
            QStringLiteral("CREATE INDEX changes_ws_assignee ON changes(workspace_id, "
                           "assignee_id, status)"),
        };
    case 17:
        // Issue 15's last gap (h15-end): each (delegation, pending step) pair the core has looked
        // at, once: `told` 1 when the substitute was told (approval.delegated), 0 when the step
        // did not fall to them. The key is the claim: two servers sweeping one database insert
        // the same pair, one of them wins, so a substitute is told of a step once.
        return {
            QStringLiteral(R"(CREATE TABLE substitute_notices (
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                delegation_id BIGINT NOT NULL REFERENCES delegations(id),
                step_id BIGINT NOT NULL REFERENCES approval_steps(id),
                told INTEGER NOT NULL CHECK (told IN (0, 1)),
                noticed_at TEXT NOT NULL,
                PRIMARY KEY (delegation_id, step_id)))"),
            QStringLiteral("CREATE INDEX substitute_notices_step ON substitute_notices(step_id)"),
            // Steps announced before this table existed are not announced again.
            QStringLiteral(
                "INSERT INTO substitute_notices (workspace_id, delegation_id, step_id, told, "
                "noticed_at) SELECT d.workspace_id, d.id, s.id, 1, MIN(e.at) FROM audit_events e "
                "JOIN delegations d ON d.id = e.entity_id AND d.workspace_id = e.workspace_id "
                "JOIN changes c ON c.workspace_id = e.workspace_id AND c.number = "
                "e.change_number JOIN approval_steps s ON s.change_id = c.id AND s.status = "
                "'pending' WHERE e.action = 'approval.delegated' AND e.entity = 'delegation' "
                "GROUP BY d.workspace_id, d.id, s.id"),
        };
    case 19:
        // Issue 16 (h16-list): a member follows a change; its events reach them on the desktop
        // like those of a followed asset. (Versions 15 to 18 belong to other branches.)
        return {
            QStringLiteral(R"(CREATE TABLE change_follows (
                id INTEGER PRIMARY KEY,
                workspace_id INTEGER NOT NULL REFERENCES workspaces(id),
                member_id BIGINT NOT NULL,
                change_id BIGINT NOT NULL,
                created_at TEXT NOT NULL,
                UNIQUE (member_id, change_id),
                FOREIGN KEY (workspace_id, member_id) REFERENCES members(workspace_id, id),
                FOREIGN KEY (workspace_id, change_id) REFERENCES changes(workspace_id, id)))"),
            QStringLiteral("CREATE INDEX change_follows_change ON change_follows(change_id)"),
        };
    case 20:
        // Issue 16, item 7 (h17-impact): a counter of the workspace's asset graph, bumped by the
        // dialects' triggers on every write to assets and asset_relations (whoever writes, in
        // whichever process). The core keeps the graph in memory per connection and reloads it
        // when the counter moved. (Versions 15, 16 and 18 belong to other branches.)
        return {QStringLiteral("ALTER TABLE workspaces ADD COLUMN graph_version INTEGER NOT NULL "
                               "DEFAULT 0")};
    // 21 (h17-admin) changes only PostgreSQL's privileges and policies (PostgresDialect):
    // removing freeze and maintenance windows.
    // 23 (h18-bench) changes only PostgreSQL's policies (PostgresDialect): the write checks as
    // one set per statement. 22 belongs to another branch (empty here).
    default: return {};
    }
}

QString fsmGuardViolation()
{
    // Generated from the C++ table (domain/Fsm.cpp): a status change is allowed when one move of
    // the table matches it, with the change type the move is for.
    QStringList allowed;
    for (const fsm::Move &m : fsm::moves()) {
        QString clause = QStringLiteral("(OLD.status = '%1' AND NEW.status = '%2'")
                             .arg(toString(m.from), toString(m.to));
        if (m.types == fsm::Types::StandardOnly)
            clause += QStringLiteral(" AND NEW.change_type = 'standard'");
        else if (m.types == fsm::Types::NotStandard)
            clause += QStringLiteral(" AND NEW.change_type <> 'standard'");
        allowed << clause + QLatin1Char(')');
    }
    return QStringLiteral("NEW.status <> OLD.status AND NOT (%1)")
        .arg(allowed.join(QStringLiteral(" OR ")));
}

QString substitutesDueQuery(const QString &schema, const QString &dueAt)
{
    return QStringLiteral(
               "SELECT DISTINCT d.workspace_id, w.slug, d.id, m.username FROM %1delegations d JOIN "
               "%1workspaces w ON w.id = d.workspace_id JOIN %1members m ON m.id = d.member_id "
               "JOIN %1members s ON s.id = d.substitute_id "
               "JOIN %1changes c ON c.workspace_id = d.workspace_id AND c.status = 'review' JOIN "
               "%1approval_steps st ON st.change_id = c.id AND st.status = 'pending' WHERE "
               "d.starts_at <= %2 AND d.ends_at > %2 AND m.active = 1 AND s.active = 1 AND "
               "m.role <> 'viewer' AND NOT EXISTS (SELECT 1 FROM %1substitute_notices n WHERE "
               "n.delegation_id = d.id AND n.step_id = st.id) ORDER BY d.workspace_id, d.id")
        .arg(schema, dueAt);
}

} // namespace vigilo
