package com.careflow.domain.certification;

/**
 * One automated check of an application: {@code name} is a {@link CertificationCheck} name (the portal labels it),
 * {@code detail} what it looked at or found (e.g. the file name, the other application), for the reviewer.
 */
public record CheckResult(String name, boolean passed, String detail) {

    public static CheckResult passed(CertificationCheck check, String detail) {
        return new CheckResult(check.name(), true, detail);
    }

    public static CheckResult failed(CertificationCheck check, String detail) {
        return new CheckResult(check.name(), false, detail);
    }
}
