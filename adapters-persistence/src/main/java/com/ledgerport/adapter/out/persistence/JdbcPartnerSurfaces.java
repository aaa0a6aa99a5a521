package com.ledgerport.adapter.out.persistence;

import com.ledgerport.application.port.out.PartnerSurfaces;
import com.ledgerport.domain.access.PartnerSurface;
import com.ledgerport.domain.partner.PartnerId;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
final class JdbcPartnerSurfaces implements PartnerSurfaces {

    private final Jdbc jdbc;

    JdbcPartnerSurfaces(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Set<PartnerSurface>> find(PartnerId partnerId) {
        return jdbc.one("SELECT surfaces FROM partner_surface_access WHERE partner_id = ?",
                p -> p.uuid(partnerId.value()), row -> parse(row.text("surfaces")));
    }

    @Override
    public void set(PartnerId partnerId, Set<PartnerSurface> surfaces) {
        String text = surfaces.stream().map(PartnerSurface::name).sorted().collect(Collectors.joining(","));
        // Delete then insert: the same statements on both databases. Concurrent setters for one partner are
        // serialised by locking the partner row first, so the insert never meets an uncommitted twin.
        jdbc.one("SELECT id FROM partner WHERE id = ? FOR UPDATE", p -> p.uuid(partnerId.value()),
                row -> row.uuid("id"));
        jdbc.update("DELETE FROM partner_surface_access WHERE partner_id = ?", p -> p.uuid(partnerId.value()));
        jdbc.update("INSERT INTO partner_surface_access (partner_id, surfaces) VALUES (?, ?)",
                p -> p.uuid(partnerId.value()).text(text));
    }

    private static Set<PartnerSurface> parse(String text) {
        if (text.isEmpty()) {
            return Set.of();
        }
        EnumSet<PartnerSurface> surfaces = EnumSet.noneOf(PartnerSurface.class);
        Arrays.stream(text.split(",")).map(PartnerSurface::valueOf).forEach(surfaces::add);
        return Set.copyOf(surfaces);
    }
}
