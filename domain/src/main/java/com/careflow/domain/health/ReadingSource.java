package com.careflow.domain.health;

/** Where a reading comes from. */
public enum ReadingSource {
    MANUAL, DEVICE, HOSPITAL
}
