package com.ledgerport.application.service;

import com.ledgerport.application.port.in.SetPartnerSurfacesUseCase;
import com.ledgerport.application.port.out.AuditLog;
import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.CredentialChange;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

public final class SetPartnerSurfacesService implements SetPartnerSurfacesUseCase {

    private final UnitOfWork unitOfWork;
    private final Partners partners;
    private final PartnerSurfaces surfaces;
    private final AuditLog auditLog;
    private final CredentialDirectory directory;
    private final Clock clock;

    public SetPartnerSurfacesService(UnitOfWork unitOfWork, Partners partners, PartnerSurfaces surfaces,
            AuditLog auditLog, CredentialDirectory directory, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.partners = partners;
        this.surfaces = surfaces;
        this.auditLog = auditLog;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public SurfacesChange set(SetPartnerSurfacesCommand command) {
        return unitOfWork.write(() -> {
            Instant now = clock.instant();
            String target = command.surfaces().stream().map(PartnerSurface::wireName).sorted()
                    .collect(Collectors.joining(","));
            if (partners.find(command.partnerId()).isEmpty()) {
                auditLog.append(AuditRecord.of(command.context(), now, Optional.empty(), "partner.surfaces",
                        command.partnerId().toString(), AuditRecord.rejected("not_found")));
                return new PartnerNotFound();
            }
            surfaces.set(command.partnerId(), command.surfaces());
            directory.changedAfterCommit(new CredentialChange.PartnerChanged(command.partnerId()));
            auditLog.append(AuditRecord.of(command.context(), now, Optional.of(command.partnerId()),
                    "partner.surfaces", target, AuditRecord.SUCCEEDED));
            return new SurfacesSet(command.surfaces());
        });
    }
}
