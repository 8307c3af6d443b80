package com.careflow.domain.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * A service provider's profile. The id is the provider's Keycloak user id (so the portal finds the profile of the
 * signed-in provider), or a generated id for profiles without a login. Specialties are the ids of catalog services the
 * provider is known to be particularly good at; scoring favours them.
 */
@Document("providers")
public class Provider extends AbstractAggregateRoot<Provider> {

    @Id
    private String id;
    private String name;
    private String city;
    private String district;
    private List<Certification> certifications;
    private List<String> languages;
    private Set<String> specialties;
    private double rating;
    private boolean active;
    private Location location;

    protected Provider() {
        // for Spring Data
    }

    public Provider(String id, String name, String city, String district, List<Certification> certifications,
            List<String> languages, Set<String> specialties, double rating, boolean active, Location location) {
        this.id = id;
        this.name = name;
        this.city = city;
        this.district = district;
        this.certifications = List.copyOf(certifications);
        this.languages = List.copyOf(languages);
        this.specialties = Set.copyOf(specialties);
        this.rating = rating;
        this.active = active;
        this.location = location;
        registerEvent(new ProviderChanged(id));
    }

    /**
     * The profile a newly certified applicant gets (no profile yet): active, in the application's city, no rating
     * yet. The certificate is added with {@link #certify}.
     */
    public static Provider applicant(String id, String name, String city, String language) {
        Location centre = Cities.centre(city).orElse(null);
        return new Provider(id, name, city, null, List.of(), List.of(language), Set.of(), 0, true, centre);
    }

    /**
     * An approved certification: the certificate for its category replaces any earlier one (a renewal, a new
     * level), and the provider is active again. Returns false when the profile already holds exactly this
     * certificate (a redelivered job).
     */
    public boolean certify(Certification certification) {
        if (active && certifications.contains(certification)) {
            return false;
        }
        List<Certification> updated = new ArrayList<>(certifications);
        updated.removeIf(c -> c.category() == certification.category());
        updated.add(certification);
        certifications = List.copyOf(updated);
        active = true;
        registerEvent(new ProviderChanged(id));
        return true;
    }

    /**
     * The certificate for {@code category} that ran until {@code expiresAt} has expired at {@code at}: it ends
     * there (so it is no longer valid anywhere), unless it has been replaced by one running longer (a renewal
     * approved meanwhile). Returns whether anything changed.
     */
    public boolean expire(ServiceCategory category, Instant expiresAt, Instant at) {
        Optional<Certification> current = certificationFor(category);
        if (current.isEmpty() || current.get().expiresAt() == null || current.get().expiresAt().isAfter(expiresAt)
                || !current.get().expiresAt().isAfter(at)) {
            return false;
        }
        List<Certification> updated = new ArrayList<>(certifications);
        updated.replaceAll(c -> c.category() == category ? new Certification(category, c.level(), at) : c);
        certifications = List.copyOf(updated);
        registerEvent(new ProviderChanged(id));
        return true;
    }

    /** Whether the provider holds a certificate for {@code category} that is still valid at {@code at}. */
    public boolean isCertifiedFor(ServiceCategory category, Instant at) {
        return certificationFor(category).filter(c -> c.isValidAt(at)).isPresent();
    }

    /** The provider's level in {@code category}, or null without a certificate (expired or not). */
    public CertificationLevel levelFor(ServiceCategory category) {
        return certificationFor(category).map(Certification::level).orElse(null);
    }

    private Optional<Certification> certificationFor(ServiceCategory category) {
        return certifications.stream().filter(c -> c.category() == category).findFirst();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getCity() { return city; }
    public String getDistrict() { return district; }
    public List<Certification> getCertifications() { return certifications; }
    public List<String> getLanguages() { return languages; }
    public Set<String> getSpecialties() { return specialties; }
    public double getRating() { return rating; }
    public boolean isActive() { return active; }
    public Location getLocation() { return location; }
}
