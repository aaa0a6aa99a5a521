package com.ledgerport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Imports the miniature hexagon under {@code fixtures.hexagon}: its compliant classes, optionally with some of
 * the {@code Violating…} classes, or with a compliant class left out.
 */
final class Fixtures {

    static final String ROOT = "com.ledgerport.architecture.fixtures.hexagon";
    private static final String VIOLATING_PREFIX = "Violating";

    private Fixtures() {
    }

    static JavaClasses compliant() {
        return importing(fileName -> !fileName.startsWith(VIOLATING_PREFIX));
    }

    /** The compliant classes plus the given violators (and their nested classes). */
    static JavaClasses compliantWith(Class<?>... violators) {
        return importing(fileName -> !fileName.startsWith(VIOLATING_PREFIX)
                || Arrays.stream(violators).anyMatch(violator -> isClassFileOf(fileName, violator)));
    }

    /** The compliant classes without the given ones, to empty a package. */
    static JavaClasses compliantWithout(Class<?>... omitted) {
        return importing(fileName -> !fileName.startsWith(VIOLATING_PREFIX)
                && Arrays.stream(omitted).noneMatch(omit -> isClassFileOf(fileName, omit)));
    }

    private static boolean isClassFileOf(String fileName, Class<?> type) {
        return fileName.equals(type.getSimpleName() + ".class") || fileName.startsWith(type.getSimpleName() + "$");
    }

    private static JavaClasses importing(Predicate<String> fileNameIncluded) {
        LedgerportClasses.DoNotIncludeMicronautGenerated notGenerated =
                new LedgerportClasses.DoNotIncludeMicronautGenerated();
        return new ClassFileImporter()
                .withImportOption(notGenerated)
                .withImportOption((Location location) -> fileNameIncluded.test(LedgerportClasses.fileName(location)))
                .importPackages(ROOT);
    }
}
