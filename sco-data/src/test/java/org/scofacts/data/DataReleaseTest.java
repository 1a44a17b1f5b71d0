package org.scofacts.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The data version and check date are stated twice, in the code and in the build (jar manifests); they must agree. */
class DataReleaseTest {

    @Test
    void bundled_version_matches_the_build_property_written_to_the_manifest() {
        // GIVEN the build passes its sco.data.version property to the tests (see the parent POM)
        String buildVersion = System.getProperty("sco.data.version");
        // THEN the dataset reports the same version
        assertThat(buildVersion).as("sco.data.version system property").isNotBlank();
        assertThat(ScoDataset.bundled().version()).isEqualTo(buildVersion);
    }

    @Test
    void bundled_check_date_matches_the_build_property_written_to_the_manifest() {
        String buildDate = System.getProperty("sco.data.checkedThrough");
        assertThat(buildDate).as("sco.data.checkedThrough system property").isNotBlank();
        assertThat(ScoDataset.bundled().checkedThrough()).isEqualTo(LocalDate.parse(buildDate));
    }
}
