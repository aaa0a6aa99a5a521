package com.ledgerport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The production classes of every module, imported once for all architecture tests. */
final class LedgerportClasses {

    /**
     * Tests (application test-jar, this module's fixtures) are left out, and so is what Micronaut's annotation
     * processor generates into the adapter and bootstrap jars ({@code $Foo$Definition}, {@code $Foo$Introspection},
     * …): the rules are about the code people write.
     */
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new DoNotIncludeMicronautGenerated())
            .importPackages(HexagonRules.PRODUCTION_ROOT);

    private LedgerportClasses() {
    }

    /** The name of the class file, e.g. {@code Foo$Bar.class}, whether it sits in a directory or in a jar. */
    static String fileName(Location location) {
        String uri = location.asURI().toString();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Micronaut names every class it generates with a leading {@code $}; javac never does. */
    static final class DoNotIncludeMicronautGenerated implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !fileName(location).startsWith("$");
        }
    }
}
