package com.ledgerport.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.application.port.in.AddMemberUseCase;
import com.ledgerport.application.port.in.AddMemberUseCase.AddMemberCommand;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase;
import com.ledgerport.application.port.in.ChangePartnerStatusUseCase.ChangePartnerStatusCommand;
import com.ledgerport.application.port.in.GetPartnerUseCase.GetPartnerQuery;
import com.ledgerport.application.port.in.ListAuditRecordsUseCase.ListAuditRecordsQuery;
import com.ledgerport.application.port.in.ListPartnersUseCase.ListPartnersQuery;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.domain.access.Password;
import com.ledgerport.domain.audit.AuditRecord;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.partner.PartnerId;
import com.ledgerport.domain.partner.PartnerStatus;
import com.ledgerport.domain.shared.Email;
import com.ledgerport.domain.shared.Page;
import com.ledgerport.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerServicesTest {

    private final Fixture fixture = new Fixture();

    @Test
    void registers_an_active_partner_and_audits_it_in_the_same_unit_of_work() {
        int before = fixture.unitOfWork.writes();
        Partner partner = fixture.partner("Acme");
        assertEquals(PartnerStatus.ACTIVE, partner.status());
        assertEquals(before + 1, fixture.unitOfWork.writes());
        // The partner's balance account is opened (and audited) in the same unit of work (ledger issue).
        assertEquals(List.of("partner.register", "ledger.account.open"),
                fixture.auditLog.all().stream().map(AuditRecord::action).toList());
        AuditRecord audit = fixture.auditLog.all().get(0);
        assertEquals("partner.register", audit.action());
        assertEquals(Optional.of(partner.id()), audit.partnerId());
        assertEquals("operator", audit.actor().describe());
    }

    @Test
    void reads_and_lists_partners_and_audits_the_reads() {
        Partner acme = fixture.partner("Acme");
        Partner beta = fixture.partner("Beta");
        GetPartnerService get = new GetPartnerService(fixture.unitOfWork, fixture.partners, fixture.auditLog,
                fixture.clock);
        assertEquals(Optional.of(acme), get.get(new GetPartnerQuery(acme.id(), Fixture.OPERATOR)));
        assertEquals(Optional.empty(), get.get(new GetPartnerQuery(PartnerId.generate(), Fixture.OPERATOR)));
        assertEquals("rejected:not_found", fixture.auditLog.last().outcome());

        ListPartnersService list = new ListPartnersService(fixture.unitOfWork, fixture.partners, fixture.auditLog,
                fixture.clock);
        Page<Partner> first = list.list(new ListPartnersQuery(PageRequest.first(1), Fixture.OPERATOR));
        assertEquals(List.of(acme), first.items());
        Page<Partner> second = list.list(new ListPartnersQuery(new PageRequest(first.nextAfter(), 1),
                Fixture.OPERATOR));
        assertEquals(List.of(beta), second.items());
        assertTrue(second.nextAfter().isEmpty());
    }

    @Test
    void suspends_and_activates_idempotently_and_reports_unknown_partners() {
        Partner partner = fixture.partner("Acme");
        for (int i = 0; i < 2; i++) {
            var changed = assertInstanceOf(ChangePartnerStatusUseCase.Changed.class, fixture.changePartnerStatus
                    .change(new ChangePartnerStatusCommand(partner.id(), PartnerStatus.SUSPENDED, Fixture.OPERATOR)));
            assertEquals(PartnerStatus.SUSPENDED, changed.partner().status());
        }
        assertEquals(PartnerStatus.SUSPENDED, fixture.reload(partner).get().status());
        assertInstanceOf(ChangePartnerStatusUseCase.PartnerNotFound.class, fixture.changePartnerStatus.change(
                new ChangePartnerStatusCommand(PartnerId.generate(), PartnerStatus.ACTIVE, Fixture.OPERATOR)));
        assertEquals("rejected:not_found", fixture.auditLog.last().outcome());
    }

    @Test
    void adds_members_with_unique_emails_to_existing_partners_only() {
        Partner acme = fixture.partner("Acme");
        Partner beta = fixture.partner("Beta");
        fixture.member(acme, "ada@example.com");
        AddMemberUseCase.MemberAddition taken = fixture.addMember.add(new AddMemberCommand(beta.id(),
                Email.parse("Ada@Example.com"), Password.choose(Fixture.PASSWORD), Fixture.OPERATOR));
        assertEquals(AddMemberUseCase.Reason.EMAIL_TAKEN,
                assertInstanceOf(AddMemberUseCase.Rejected.class, taken).reason());
        AddMemberUseCase.MemberAddition orphan = fixture.addMember.add(new AddMemberCommand(PartnerId.generate(),
                Email.parse("new@example.com"), Password.choose(Fixture.PASSWORD), Fixture.OPERATOR));
        assertEquals(AddMemberUseCase.Reason.PARTNER_NOT_FOUND,
                assertInstanceOf(AddMemberUseCase.Rejected.class, orphan).reason());
        assertTrue(fixture.members.findByEmail(Email.parse("new@example.com")).isEmpty());
    }

    @Test
    void a_page_of_the_audit_log_never_contains_its_own_reading() {
        Partner acme = fixture.partner("Acme");
        ListAuditRecordsService list = new ListAuditRecordsService(fixture.unitOfWork, fixture.auditLog,
                fixture.clock);
        AuditLog.Filter filter = AuditLog.Filter.none();
        Page<AuditRecord> page = list.list(new ListAuditRecordsQuery(filter, PageRequest.first(100),
                Fixture.OPERATOR));
        // Registering a partner opens its balance account in the same unit of work (ledger issue).
        assertEquals(List.of("partner.register", "ledger.account.open"),
                page.items().stream().map(AuditRecord::action).toList());
        assertEquals("audit.list", fixture.auditLog.last().action());
        assertEquals(Optional.of(acme.id()), page.items().get(0).partnerId());
    }
}
