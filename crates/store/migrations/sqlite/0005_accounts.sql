-- Accounts and granted roles. Nobody picks a role at sign-in any more: an administrator grants
-- them, and a password (argon2id, PHC string) proves who signs in. `users.role` stays as the
-- primary role for older readers; `user_roles` is what decides.
ALTER TABLE users ADD COLUMN password_hash TEXT;

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id),
    role    TEXT NOT NULL,
    PRIMARY KEY (user_id, role)
);
INSERT INTO user_roles (user_id, role) SELECT id, role FROM users;

-- The account failed sign-ins of unknown usernames are recorded under (the name typed is not
-- kept: it is often a password typed in the wrong field).
INSERT INTO users (username, display_name, role, created_at)
VALUES ('', 'Okänd inloggning', 'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Optimistic concurrency: a save names the version it started from.
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Settings kept in the diary itself (the rules file in team mode).
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users (id),
    updated_at TEXT NOT NULL
);
