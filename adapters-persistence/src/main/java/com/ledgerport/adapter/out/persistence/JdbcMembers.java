package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.Members;
import com.ledgerport.domain.access.Member;
import com.ledgerport.domain.access.MemberId;
import com.ledgerport.domain.access.PasswordHash;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.shared.Email;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Optional;

@Singleton
final class JdbcMembers implements Members {

    private static final String COLUMNS = "id, partner_id, email, password_hash, created_at";

    private final Jdbc jdbc;

    JdbcMembers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean addIfEmailFree(Member member) {
        // ON CONFLICT DO NOTHING keeps the transaction usable (a failed INSERT would abort it on PostgreSQL),
        // and settles concurrent sign-ups with one email without a race.
        return jdbc.update("INSERT INTO member (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                p -> p.uuid(member.id().value())
                        .uuid(member.partnerId().value())
                        .text(member.email().value())
                        .text(member.passwordHash().encoded())
                        .instant(member.createdAt())) == 1;
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM member WHERE id = ?", p -> p.uuid(id.value()),
                JdbcMembers::map);
    }

    @Override
    public Optional<Member> findByEmail(Email email) {
        return jdbc.one("SELECT " + COLUMNS + " FROM member WHERE email = ?", p -> p.text(email.value()),
                JdbcMembers::map);
    }

    private static Member map(Row row) throws SQLException {
        return new Member(new MemberId(row.uuid("id")), new PartnerId(row.uuid("partner_id")),
                new Email(row.text("email")), new PasswordHash(row.text("password_hash")),
                row.instant("created_at"));
    }
}
