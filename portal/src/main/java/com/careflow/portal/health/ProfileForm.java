package com.careflow.portal.health;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.careflow.domain.health.BloodType;
import com.careflow.domain.health.HealthProfile;

/** The health profile as the customer edits it; every field is optional, but what is given must be plausible. */
public class ProfileForm {

    private BloodType bloodType;
    @DecimalMin("50")
    @DecimalMax("250")
    private BigDecimal heightCm;
    @DecimalMin("2")
    @DecimalMax("400")
    private BigDecimal weightKg;
    @Size(max = 500)
    private String allergies;
    @Size(max = 500)
    private String chronicConditions;
    @Size(max = 500)
    private String familyHistory;
    @Size(max = 40)
    private String emergencyContactName;
    /** Mainland mobile or a landline with area code; blank is allowed. */
    @Pattern(regexp = "^\\s*$|^1[3-9]\\d{9}$|^0\\d{2,3}-?\\d{7,8}$")
    private String emergencyContactPhone;

    static ProfileForm of(HealthProfile profile) {
        ProfileForm form = new ProfileForm();
        form.bloodType = profile.bloodType();
        form.heightCm = profile.heightCm();
        form.weightKg = profile.weightKg();
        form.allergies = profile.allergies();
        form.chronicConditions = profile.chronicConditions();
        form.familyHistory = profile.familyHistory();
        form.emergencyContactName = profile.emergencyContactName();
        form.emergencyContactPhone = profile.emergencyContactPhone();
        return form;
    }

    HealthProfile toProfile(String customerId, Instant now) {
        return new HealthProfile(customerId, bloodType, heightCm, weightKg, blankToNull(allergies),
                blankToNull(chronicConditions), blankToNull(familyHistory), blankToNull(emergencyContactName),
                blankToNull(emergencyContactPhone), now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public BloodType getBloodType() {
        return bloodType;
    }

    public void setBloodType(BloodType bloodType) {
        this.bloodType = bloodType;
    }

    public BigDecimal getHeightCm() {
        return heightCm;
    }

    public void setHeightCm(BigDecimal heightCm) {
        this.heightCm = heightCm;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String allergies) {
        this.allergies = allergies;
    }

    public String getChronicConditions() {
        return chronicConditions;
    }

    public void setChronicConditions(String chronicConditions) {
        this.chronicConditions = chronicConditions;
    }

    public String getFamilyHistory() {
        return familyHistory;
    }

    public void setFamilyHistory(String familyHistory) {
        this.familyHistory = familyHistory;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }
}
