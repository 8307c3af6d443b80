package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalUserTest {

    @Test
    void chineseNamesReadFamilyNameFirstWithoutASpace() {
        assertThat(PortalUser.displayName("芳", "王")).isEqualTo("王芳");
        assertThat(PortalUser.displayName("美玲", "欧阳")).isEqualTo("欧阳美玲");
    }

    @Test
    void otherNamesKeepTheGivenNameFirst() {
        assertThat(PortalUser.displayName("Fang", "Wang")).isEqualTo("Fang Wang");
    }

    @Test
    void aMissingPartLeavesTheChoiceToOtherClaims() {
        assertThat(PortalUser.displayName("芳", null)).isNull();
        assertThat(PortalUser.displayName(" ", "王")).isNull();
    }
}
