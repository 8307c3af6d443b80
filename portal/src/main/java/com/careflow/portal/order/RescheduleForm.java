package com.careflow.portal.order;

/** A new slot for a confirmed order: same fields and rules as on the order form. */
public class RescheduleForm extends SlotChoice {
}
