package com.ledgerport.benchmarks;

/**
 * What each benchmark transfer does, and the same transaction as a pgbench script. The script sends the
 * statements the JDBC adapters send for a single-phase transfer (docs/performance.md lists the differences that
 * remain, e.g. relative {@code +1} updates where the application writes the values it computed). The operator's
 * account is not read: the application caches it after its first transfer.
 */
enum Scenario {

    /** Random partner to random partner among many accounts: two bounded rows locked per transfer. */
    MANY_ACCOUNTS("many accounts (partner to partner)"),
    /** Random partner to the operator's revenue account, which every transfer credits and none locks. */
    HOT_OPERATOR_ACCOUNT("one hot operator account (every transfer credits it)"),
    /** One partner pays random partners: every transfer locks that one bounded row, so they run one at a time. */
    HOT_PARTNER_ACCOUNT("one hot partner account (every transfer debits it)");

    static final String ACCOUNT_COLUMNS = "id, owner_type, owner_id, partner_id, kind, currency, overdraft_limit, "
            + "debits_pending, debits_posted, credits_pending, credits_posted, last_transfer_id, created_at";
    static final String TRANSFER_COLUMNS = "id, idempotency_key, kind, code, debit_account_id, credit_account_id, "
            + "amount, currency, pending_id, reversal_of, timeout_seconds, reference, created_at";

    final String title;

    Scenario(String title) {
        this.title = title;
    }

    boolean creditsOperator() {
        return this == HOT_OPERATOR_ACCOUNT;
    }

    /**
     * The pgbench script: one transaction per run, variables {@code :accounts} given with -D. {@code pipelined}
     * sends the writes together, as the application's journal does on PostgreSQL (pgbench's pipeline mode: one
     * sync for all of them); otherwise each statement waits for its answer.
     */
    String pgbenchScript(boolean pipelined) {
        String debit = "md5('a' || :a)::uuid";
        String credit = creditsOperator() ? "md5('revenue')::uuid" : "md5('a' || :b)::uuid";
        String key = "'bench:' || :k1 || '-' || :k2";
        StringBuilder script = new StringBuilder();
        script.append(this == HOT_PARTNER_ACCOUNT ? "\\set a 1\n" : "\\set a random(1, :accounts)\n");
        if (this == MANY_ACCOUNTS) {
            script.append("\\set d random(1, :accounts - 1)\n\\set b 1 + ((:a + :d - 1) % :accounts)\n");
        } else if (this == HOT_PARTNER_ACCOUNT) {
            script.append("\\set b random(2, :accounts)\n");
        }
        script.append("\\set k1 random(1, 9000000000000000000)\n\\set k2 random(1, 9000000000000000000)\n");
        script.append("BEGIN;\n");
        script.append("SELECT ").append(TRANSFER_COLUMNS).append(" FROM transfer WHERE idempotency_key IN (")
                .append(key).append(");\n");
        // The application makes its ids in Java; here the lock statement makes them, once per transaction.
        script.append("SELECT ").append(ACCOUNT_COLUMNS).append(", bench_uuidv7() AS tid, bench_uuidv7() AS aid ")
                .append("FROM ledger_account WHERE id IN (").append(debit).append(", ").append(credit)
                .append(") AND overdraft_limit IS NOT NULL ORDER BY id FOR UPDATE \\aset\n");
        script.append(pipelined ? "\\startpipeline\n" : "");
        script.append("INSERT INTO transfer (").append(TRANSFER_COLUMNS).append(") VALUES (:tid, ").append(key)
                .append(", 'SINGLE_PHASE', 'TRANSFER', ").append(debit).append(", ").append(credit)
                .append(", 1, 'EUR', NULL, NULL, 0, 'bench', now()) ON CONFLICT DO NOTHING;\n");
        script.append(update(debit, "debits_posted"));
        if (!creditsOperator()) {
            script.append(update(credit, "credits_posted"));
        }
        script.append("INSERT INTO balance_transaction (account_id, transfer_id, type, amount, currency, ")
                .append("balance_after, reference, created_at) VALUES (").append(debit)
                .append(", :tid, 'TRANSFER', -1, 'EUR', 0, 'bench', now()), (").append(credit)
                .append(", :tid, 'TRANSFER', 1, 'EUR', ").append(creditsOperator() ? "NULL" : "0")
                .append(", 'bench', now());\n");
        script.append("INSERT INTO audit_record (id, occurred_at, actor, partner_id, action, target, outcome, ")
                .append("request_id) VALUES (:aid, now(), 'operator', md5('p' || :a)::uuid, 'ledger.transfer', ")
                .append(":tid, 'succeeded', 'bench');\n");
        script.append(pipelined ? "\\endpipeline\n" : "");
        script.append("END;\n");
        return script.toString();
    }

    private static String update(String account, String counter) {
        return "UPDATE ledger_account SET debits_pending = debits_pending, debits_posted = debits_posted"
                + (counter.equals("debits_posted") ? " + 1" : "")
                + ", credits_pending = credits_pending, credits_posted = credits_posted"
                + (counter.equals("credits_posted") ? " + 1" : "")
                + ", last_transfer_id = :tid WHERE id = " + account + " AND overdraft_limit IS NOT NULL;\n";
    }
}
