package com.careflow.domain.health.interpretation;

/** The standard note every interpretation carries, whoever wrote it; never taken from the interpreter's answer. */
public final class Disclaimer {

    public static final String ZH = "本解读由程序根据您记录的数据自动生成，仅供参考，不构成医学诊断或治疗建议；"
            + "如有不适或疑问，请咨询医生；紧急情况请立即拨打 120。";
    public static final String EN = "This interpretation is generated automatically from the readings you recorded. "
            + "It is for information only and is not a diagnosis or treatment advice; ask a doctor about any concern, "
            + "and call 120 in an emergency.";

    private Disclaimer() {
    }

    public static String in(String language) {
        return "en".equals(language) ? EN : ZH;
    }
}
