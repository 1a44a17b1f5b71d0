package org.scofacts.demo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.assertj.core.api.Assertions;

/**
 * The dependency direction of ARCHITECTURE.md, model &lt;- data &lt;- query &lt;- demo/bench, checked on
 * the compiled classes. It lives in sco-demo because only sco-demo sees every library module on its
 * test class path.
 */
@AnalyzeClasses(packages = "org.scofacts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.scofacts.model..";
    private static final String DATA = "org.scofacts.data..";
    private static final String QUERY = "org.scofacts.query..";
    private static final String JSON = "org.scofacts.json..";
    private static final String DEMO = "org.scofacts.demo..";
    private static final String BENCH = "org.scofacts.bench..";
    /** JSpecify's @NullMarked on the library packages: a compile-time dependency only (requires static). */
    private static final String NULLNESS_ANNOTATIONS = "org.jspecify.annotations..";

    /** Run-time libraries that only the demo and the benchmarks may use. */
    private static final String[] RUNTIME_LIBRARIES = {
        "jakarta..", "javax.persistence..", "org.hibernate..", "org.h2..", "org.postgresql..", "org.apache.commons.cli..",
        "tools.jackson..", "org.openjdk.jmh.."};

    /** Guards the rules below against passing vacuously because nothing was imported. */
    @ArchTest
    static void the_library_classes_are_imported(JavaClasses classes) {
        Assertions.assertThat(classes.containPackage("org.scofacts.model")).as("model classes imported").isTrue();
        Assertions.assertThat(classes.containPackage("org.scofacts.data")).as("data classes imported").isTrue();
        Assertions.assertThat(classes.containPackage("org.scofacts.json")).as("json classes imported").isTrue();
    }

    @ArchTest
    static final ArchRule model_depends_on_the_jdk_only = classes()
            .that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..", NULLNESS_ANNOTATIONS)
            .because("sco-model has no dependencies: nothing else of SCO Facts and no library (JSpecify's"
                    + " annotations are compile-time only)");

    @ArchTest
    static final ArchRule data_does_not_depend_on_query_demo_or_bench = noClasses()
            .that().resideInAPackage(DATA)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, DEMO, BENCH)
            .because("the dependency direction is model <- data <- query <- demo/bench");

    @ArchTest
    static final ArchRule query_does_not_depend_on_demo_or_bench = noClasses()
            .that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(DEMO, BENCH)
            .because("the dependency direction is model <- data <- query <- demo/bench");

    @ArchTest
    static final ArchRule json_depends_on_data_model_and_jackson_only = classes()
            .that().resideInAPackage(JSON)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JSON, DATA, MODEL, "tools.jackson..", "java..", NULLNESS_ANNOTATIONS)
            .because("sco-json depends on sco-data and Jackson only, never on Hibernate, Commons CLI or the queries");

    @ArchTest
    static final ArchRule library_uses_no_runtime_libraries = noClasses()
            .that().resideInAnyPackage(MODEL, DATA, QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(RUNTIME_LIBRARIES)
            .because("a consumer who adds sco-queries gets the whole library and nothing else");

    /**
     * A base whose constructors are all package-private (the self-typed Query) is closed to outside
     * subclasses just as a final or sealed class is.
     */
    private static final ArchCondition<JavaClass> BE_FINAL_OR_SEALED = new ArchCondition<>(
            "be final, sealed or constructible only inside its package") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            boolean closed = type.getModifiers().contains(JavaModifier.FINAL) || type.reflect().isSealed()
                    || type.getConstructors().stream().noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC)
                            || c.getModifiers().contains(JavaModifier.PROTECTED));
            if (!closed) {
                events.add(SimpleConditionEvent.violated(type, type.getName()
                        + " is neither final nor sealed and can be constructed outside its package"));
            }
        }
    };

    @ArchTest
    static final ArchRule model_and_query_have_no_public_non_final_classes = classes()
            .that().resideInAnyPackage(MODEL, QUERY)
            .and().arePublic()
            .and().areNotInterfaces()
            .should(BE_FINAL_OR_SEALED)
            .because("public types of the model and the queries are records, enums, final classes, sealed bases,"
                    + " bases only their package can extend, or interfaces (STYLE.md practice 7)");
}
