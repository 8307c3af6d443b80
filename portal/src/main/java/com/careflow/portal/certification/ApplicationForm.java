package com.careflow.portal.certification;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.CertificationLevel;

/**
 * An application for certification: what it is for, the numbers, and one upload field per document kind
 * (qualifications may be several). The form checks shapes only; the check digit of the ID number, the licence
 * format and duplicates are the automated checks' (the applicant sees them fail on the application). The files
 * are checked by {@link DocumentUploads}. Messages: Spring's error codes in i18n/certification*.properties.
 */
public class ApplicationForm {

    /** 17 digits and a digit or X; whether the last one is right is the checks' to say. */
    static final String ID_NUMBER_SHAPE = "^\\s*$|^\\s*\\d{17}[\\dXx]\\s*$";

    @NotNull
    private ServiceCategory category;

    @NotNull
    private CertificationLevel level;

    @NotBlank
    @Size(max = 32)
    private String licenceNumber;

    @NotBlank
    @Pattern(regexp = ID_NUMBER_SHAPE)
    private String idNumber;

    @NotBlank
    private String city;

    /** The application whose certificate this renews (hidden field of the renew button), or null. */
    private String renewalOf;

    private MultipartFile licenceFile;
    private MultipartFile idCardFile;
    private List<MultipartFile> qualificationFiles = new ArrayList<>();
    private MultipartFile otherFile;

    public ServiceCategory getCategory() { return category; }
    public void setCategory(ServiceCategory category) { this.category = category; }
    public CertificationLevel getLevel() { return level; }
    public void setLevel(CertificationLevel level) { this.level = level; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getRenewalOf() { return renewalOf; }
    public void setRenewalOf(String renewalOf) { this.renewalOf = renewalOf; }
    public MultipartFile getLicenceFile() { return licenceFile; }
    public void setLicenceFile(MultipartFile licenceFile) { this.licenceFile = licenceFile; }
    public MultipartFile getIdCardFile() { return idCardFile; }
    public void setIdCardFile(MultipartFile idCardFile) { this.idCardFile = idCardFile; }
    public List<MultipartFile> getQualificationFiles() { return qualificationFiles; }
    public void setQualificationFiles(List<MultipartFile> qualificationFiles) {
        this.qualificationFiles = qualificationFiles == null ? new ArrayList<>() : qualificationFiles;
    }
    public MultipartFile getOtherFile() { return otherFile; }
    public void setOtherFile(MultipartFile otherFile) { this.otherFile = otherFile; }
}
