/**
 * Kinds of organization in the sample data, with the services each kind
 * offers, written in English, Spanish and Arabic. Everything here is
 * fictional sample content.
 */
import type { CapacityStatus, CostKind, HotlinePurpose, TaxonomySlug } from "@/features/listings/schema";

export interface LocalizedText {
  en: string;
  es: string;
  ar: string;
}

export interface SampleServiceProfile {
  slug: string;
  name: LocalizedText;
  description: LocalizedText;
  eligibility?: LocalizedText;
  applicationProcess?: LocalizedText;
  taxonomy: TaxonomySlug[];
  costs: { kind: CostKind; amount?: number; description?: string }[];
  capacity: CapacityStatus[];
  hotlinePurpose?: HotlinePurpose;
  /** Offered only remotely (no office); its service area decides where it shows. */
  remoteOnly?: boolean;
}

export interface SampleProfile {
  /** What the organization does, completing "{name} is ... in {city}". */
  summary: LocalizedText;
  services: SampleServiceProfile[];
  accreditations: ("doj_recognized" | "accredited_representative" | "attorney_led")[];
  servesDetained: boolean;
  walkIn: boolean;
  remoteIntake: boolean;
  freeConsultation: boolean;
}

const REMOVAL_DEFENSE: SampleServiceProfile = {
  slug: "removal-defense",
  name: {
    en: "Deportation defense in immigration court",
    es: "Defensa contra la deportación en la corte de inmigración",
    ar: "الدفاع ضد الترحيل أمام محكمة الهجرة",
  },
  description: {
    en: "An attorney or accredited representative reviews your case, explains your options and can represent you before the immigration judge.",
    es: "Un abogado o representante acreditado revisa su caso, le explica sus opciones y puede representarle ante el juez de inmigración.",
    ar: "يراجع محامٍ أو ممثل معتمد قضيتك ويشرح لك خياراتك ويمكنه تمثيلك أمام قاضي الهجرة.",
  },
  eligibility: {
    en: "People with a case in immigration court who live in the service area. Priority for people with a hearing in the next 60 days.",
    es: "Personas con un caso en la corte de inmigración que viven en el área de servicio. Prioridad para quienes tienen una audiencia en los próximos 60 días.",
    ar: "الأشخاص الذين لديهم قضية أمام محكمة الهجرة ويقيمون في منطقة الخدمة. الأولوية لمن لديهم جلسة خلال الستين يومًا القادمة.",
  },
  applicationProcess: {
    en: "Call for a screening appointment. Bring any papers you received from immigration or the court.",
    es: "Llame para pedir una cita de evaluación. Traiga los papeles que recibió de inmigración o de la corte.",
    ar: "اتصل لحجز موعد تقييم. أحضر أي أوراق تلقيتها من دائرة الهجرة أو من المحكمة.",
  },
  taxonomy: ["removal-defense", "appeals"],
  costs: [{ kind: "free" }],
  capacity: ["accepting", "waitlist", "accepting"],
};

const ASYLUM: SampleServiceProfile = {
  slug: "asylum",
  name: { en: "Asylum applications", es: "Solicitudes de asilo", ar: "طلبات اللجوء" },
  description: {
    en: "Help preparing an asylum application, gathering evidence and getting ready for the interview or court hearing. The one-year filing deadline matters: ask early.",
    es: "Ayuda para preparar la solicitud de asilo, reunir pruebas y prepararse para la entrevista o la audiencia. El plazo de un año es importante: consulte pronto.",
    ar: "مساعدة في إعداد طلب اللجوء وجمع الأدلة والاستعداد للمقابلة أو جلسة المحكمة. مهلة السنة الواحدة لتقديم الطلب مهمة: اسأل مبكرًا.",
  },
  eligibility: {
    en: "People who fear returning to their country. Free for people with low incomes.",
    es: "Personas que temen regresar a su país. Gratis para personas de bajos ingresos.",
    ar: "الأشخاص الذين يخشون العودة إلى بلدهم. مجانًا لذوي الدخل المحدود.",
  },
  taxonomy: ["asylum", "work-permits"],
  costs: [{ kind: "free" }],
  capacity: ["waitlist", "accepting"],
};

const FAMILY_AND_CITIZENSHIP: SampleServiceProfile = {
  slug: "family-and-citizenship",
  name: {
    en: "Family petitions, citizenship and renewals",
    es: "Peticiones familiares, ciudadanía y renovaciones",
    ar: "طلبات لمّ الشمل والجنسية والتجديدات",
  },
  description: {
    en: "Accredited representatives help with family petitions, green card renewals, citizenship applications, DACA renewals and work permits.",
    es: "Representantes acreditados ayudan con peticiones familiares, renovación de la tarjeta de residencia, solicitudes de ciudadanía, renovaciones de DACA y permisos de trabajo.",
    ar: "يساعد ممثلون معتمدون في طلبات لمّ الشمل الأسري وتجديد البطاقة الخضراء وطلبات الجنسية وتجديدات DACA وتصاريح العمل.",
  },
  applicationProcess: {
    en: "Make an appointment by phone. A screening checks whether you qualify before you pay any government fee.",
    es: "Haga una cita por teléfono. Una evaluación revisa si usted califica antes de que pague cualquier cuota del gobierno.",
    ar: "احجز موعدًا بالهاتف. يتحقق التقييم من أهليتك قبل أن تدفع أي رسوم حكومية.",
  },
  taxonomy: ["family-petitions", "naturalization", "daca", "work-permits", "tps"],
  costs: [{ kind: "sliding_scale", description: "Fees based on household income; government filing fees are separate." }],
  capacity: ["accepting", "accepting", "waitlist"],
};

const DETENTION_BOND: SampleServiceProfile = {
  slug: "detention-bond",
  name: {
    en: "Help for detained people and bond hearings",
    es: "Ayuda para personas detenidas y audiencias de fianza",
    ar: "مساعدة المحتجزين وجلسات الكفالة",
  },
  description: {
    en: "Legal visits to people held in immigration detention, help asking for a bond hearing, and guidance for families trying to find a relative.",
    es: "Visitas legales a personas en detención migratoria, ayuda para pedir una audiencia de fianza y orientación para familias que buscan a un familiar.",
    ar: "زيارات قانونية للأشخاص المحتجزين لدى سلطات الهجرة، ومساعدة في طلب جلسة كفالة، وإرشاد للعائلات التي تبحث عن قريب لها.",
  },
  eligibility: {
    en: "People detained in the region and their families. Have the person's A-number ready if you know it.",
    es: "Personas detenidas en la región y sus familias. Tenga a mano el número A de la persona si lo sabe.",
    ar: "الأشخاص المحتجزون في المنطقة وعائلاتهم. جهّز رقم الأجنبي (A-number) للشخص إن كنت تعرفه.",
  },
  taxonomy: ["detention-bond", "removal-defense"],
  costs: [{ kind: "free" }],
  capacity: ["accepting", "waitlist"],
};

const KNOW_YOUR_RIGHTS: SampleServiceProfile = {
  slug: "know-your-rights",
  name: {
    en: "Know-your-rights workshops and family plans",
    es: "Talleres de conozca sus derechos y planes familiares",
    ar: "ورش «اعرف حقوقك» وخطط الأسرة",
  },
  description: {
    en: "Free community workshops on your rights with immigration agents, and one-on-one help making a family preparedness plan.",
    es: "Talleres comunitarios gratuitos sobre sus derechos ante agentes de inmigración y ayuda individual para hacer un plan de preparación familiar.",
    ar: "ورش مجتمعية مجانية عن حقوقك أمام عناصر الهجرة، ومساعدة فردية لإعداد خطة استعداد للأسرة.",
  },
  taxonomy: ["kyr-trainings", "family-preparedness"],
  costs: [{ kind: "free" }],
  capacity: ["accepting"],
};

const NOTARIO_FRAUD: SampleServiceProfile = {
  slug: "notario-fraud-help",
  name: {
    en: "Help after notario fraud",
    es: "Ayuda después de un fraude de notario",
    ar: "المساعدة بعد الاحتيال من «نوتاريو»",
  },
  description: {
    en: "If someone who is not a lawyer charged you to file immigration papers, we review what was filed, help fix it where possible and help you report the fraud.",
    es: "Si alguien que no es abogado le cobró por presentar papeles de inmigración, revisamos lo que se presentó, ayudamos a corregirlo cuando es posible y a denunciar el fraude.",
    ar: "إذا تقاضى منك شخص ليس محاميًا أجرًا لتقديم أوراق هجرة، نراجع ما قُدّم ونساعد في تصحيحه حيث أمكن ونساعدك على الإبلاغ عن الاحتيال.",
  },
  taxonomy: ["notario-fraud"],
  costs: [{ kind: "free" }],
  capacity: ["accepting"],
};

const CHILDREN: SampleServiceProfile = {
  slug: "children-and-youth",
  name: {
    en: "Legal help for children and young people",
    es: "Ayuda legal para niños y jóvenes",
    ar: "مساعدة قانونية للأطفال والشباب",
  },
  description: {
    en: "Representation for unaccompanied children and young people under 21, including Special Immigrant Juvenile Status and asylum.",
    es: "Representación para niños no acompañados y jóvenes menores de 21 años, incluido el Estatus Especial de Inmigrante Juvenil y el asilo.",
    ar: "تمثيل قانوني للأطفال غير المصحوبين والشباب دون 21 عامًا، بما في ذلك وضع المهاجر الحدث الخاص (SIJS) واللجوء.",
  },
  eligibility: {
    en: "Children and young people under 21 and their caregivers.",
    es: "Niños y jóvenes menores de 21 años y quienes los cuidan.",
    ar: "الأطفال والشباب دون 21 عامًا ومن يرعاهم.",
  },
  taxonomy: ["sijs-children", "asylum", "removal-defense"],
  costs: [{ kind: "free" }],
  capacity: ["accepting", "waitlist"],
};

const SURVIVORS: SampleServiceProfile = {
  slug: "survivors",
  name: {
    en: "Immigration help for survivors of crime and abuse",
    es: "Ayuda migratoria para sobrevivientes de delitos y abuso",
    ar: "مساعدة في شؤون الهجرة للناجين من الجرائم والعنف",
  },
  description: {
    en: "Confidential help with U visas, T visas and VAWA self-petitions for survivors of domestic violence, trafficking and other crimes.",
    es: "Ayuda confidencial con visas U, visas T y autopeticiones VAWA para sobrevivientes de violencia doméstica, trata y otros delitos.",
    ar: "مساعدة سرية في تأشيرات U وT وطلبات VAWA الذاتية للناجين من العنف الأسري والاتجار بالبشر وجرائم أخرى.",
  },
  taxonomy: ["u-t-visas-vawa"],
  costs: [{ kind: "free" }],
  capacity: ["accepting", "waitlist"],
};

const CRIMMIGRATION: SampleServiceProfile = {
  slug: "criminal-immigration",
  name: {
    en: "Advice on arrests and criminal cases for immigrants",
    es: "Asesoría sobre arrestos y casos penales para inmigrantes",
    ar: "استشارات بشأن الاعتقالات والقضايا الجنائية للمهاجرين",
  },
  description: {
    en: "Attorneys advise people facing criminal charges, and their defense lawyers, on how a plea or conviction can affect immigration status.",
    es: "Abogados asesoran a personas con cargos penales, y a sus defensores, sobre cómo un acuerdo o una condena puede afectar su estatus migratorio.",
    ar: "يقدّم محامون المشورة للأشخاص الذين يواجهون تهمًا جنائية ولمحامي الدفاع عنهم حول أثر الإقرار بالذنب أو الإدانة على وضع الهجرة.",
  },
  taxonomy: ["crimmigration", "removal-defense"],
  costs: [
    { kind: "fixed_fee", amount: 75, description: "Consultation fee; waived for people with low incomes." },
    { kind: "sliding_scale" },
  ],
  capacity: ["accepting"],
};

const STATEWIDE_REMOTE: SampleServiceProfile = {
  slug: "statewide-phone-advice",
  name: {
    en: "Statewide legal advice by phone and video",
    es: "Asesoría legal por teléfono y video en todo el estado",
    ar: "استشارات قانونية بالهاتف والفيديو على مستوى الولاية",
  },
  description: {
    en: "Short legal consultations by phone or video for people anywhere in the state, with referrals to local attorneys when you need representation.",
    es: "Consultas legales breves por teléfono o video para personas en cualquier parte del estado, con referencias a abogados locales cuando necesite representación.",
    ar: "استشارات قانونية قصيرة بالهاتف أو الفيديو لأي شخص في الولاية، مع إحالة إلى محامين محليين عند الحاجة إلى تمثيل.",
  },
  taxonomy: ["removal-defense", "asylum", "family-petitions", "daca", "tps"],
  costs: [{ kind: "free" }],
  capacity: ["accepting", "waitlist"],
  remoteOnly: true,
};

const REGIONAL_HOTLINE: SampleServiceProfile = {
  slug: "rapid-response-hotline",
  name: {
    en: "Rapid response hotline",
    es: "Línea de respuesta rápida",
    ar: "خط الاستجابة السريعة",
  },
  description: {
    en: "Call or text to report immigration enforcement activity. Trained volunteers confirm reports, send legal observers and connect families with lawyers.",
    es: "Llame o envíe un mensaje para reportar actividad de agentes de inmigración. Voluntarios capacitados confirman los reportes, envían observadores legales y conectan a las familias con abogados.",
    ar: "اتصل أو أرسل رسالة للإبلاغ عن نشاط لعناصر الهجرة. يتحقق متطوعون مدرَّبون من البلاغات ويرسلون مراقبين قانونيين ويصلون العائلات بمحامين.",
  },
  taxonomy: ["rapid-response", "detention-bond"],
  costs: [{ kind: "free" }],
  capacity: ["accepting"],
  hotlinePurpose: "rapid_response",
  remoteOnly: true,
};

export const SAMPLE_PROFILES = {
  fullServiceClinic: {
    summary: {
      en: "a nonprofit legal services program",
      es: "un programa de servicios legales sin fines de lucro",
      ar: "برنامج خدمات قانونية غير ربحي",
    },
    services: [REMOVAL_DEFENSE, FAMILY_AND_CITIZENSHIP],
    accreditations: ["doj_recognized", "accredited_representative", "attorney_led"],
    servesDetained: false,
    walkIn: true,
    remoteIntake: true,
    freeConsultation: true,
  },
  detentionProject: {
    summary: {
      en: "a legal project for people in immigration detention",
      es: "un proyecto legal para personas en detención migratoria",
      ar: "مشروع قانوني للأشخاص المحتجزين لدى سلطات الهجرة",
    },
    services: [DETENTION_BOND, ASYLUM],
    accreditations: ["attorney_led"],
    servesDetained: true,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: true,
  },
  lawSchoolClinic: {
    summary: {
      en: "a law school clinic where supervised students and attorneys take cases",
      es: "una clínica de una facultad de derecho donde estudiantes supervisados y abogados llevan casos",
      ar: "عيادة قانونية في كلية حقوق يتولى فيها طلاب تحت الإشراف ومحامون القضايا",
    },
    services: [ASYLUM, SURVIVORS],
    accreditations: ["attorney_led"],
    servesDetained: false,
    walkIn: false,
    remoteIntake: false,
    freeConsultation: true,
  },
  communityCenter: {
    summary: {
      en: "a community center that runs know-your-rights workshops and a legal clinic",
      es: "un centro comunitario con talleres de conozca sus derechos y una clínica legal",
      ar: "مركز مجتمعي ينظّم ورش «اعرف حقوقك» ويدير عيادة قانونية",
    },
    services: [KNOW_YOUR_RIGHTS, NOTARIO_FRAUD, FAMILY_AND_CITIZENSHIP],
    accreditations: ["doj_recognized", "accredited_representative"],
    servesDetained: false,
    walkIn: true,
    remoteIntake: false,
    freeConsultation: true,
  },
  lowCostFirm: {
    summary: {
      en: "a low-cost immigration law office",
      es: "un despacho de abogados de inmigración de bajo costo",
      ar: "مكتب محاماة منخفض التكلفة في قضايا الهجرة",
    },
    services: [CRIMMIGRATION, REMOVAL_DEFENSE],
    accreditations: ["attorney_led"],
    servesDetained: true,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: false,
  },
  faithBased: {
    summary: {
      en: "a faith-based legal ministry that serves people of every faith and none",
      es: "un ministerio legal de fe que atiende a personas de cualquier religión o de ninguna",
      ar: "خدمة قانونية تابعة لجهة دينية تخدم الناس من جميع الأديان ومن لا دين لهم",
    },
    services: [FAMILY_AND_CITIZENSHIP, KNOW_YOUR_RIGHTS],
    accreditations: ["doj_recognized", "accredited_representative"],
    servesDetained: false,
    walkIn: true,
    remoteIntake: false,
    freeConsultation: true,
  },
  youthProgram: {
    summary: {
      en: "a legal program for immigrant children and youth",
      es: "un programa legal para niños y jóvenes inmigrantes",
      ar: "برنامج قانوني للأطفال والشباب المهاجرين",
    },
    services: [CHILDREN, KNOW_YOUR_RIGHTS],
    accreditations: ["attorney_led", "doj_recognized"],
    servesDetained: true,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: true,
  },
  survivorsProgram: {
    summary: {
      en: "a legal program for survivors of violence",
      es: "un programa legal para sobrevivientes de violencia",
      ar: "برنامج قانوني للناجين من العنف",
    },
    services: [SURVIVORS, FAMILY_AND_CITIZENSHIP],
    accreditations: ["attorney_led", "doj_recognized", "accredited_representative"],
    servesDetained: false,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: true,
  },
  rapidResponseNetwork: {
    summary: {
      en: "a rapid-response network of trained community volunteers",
      es: "una red de respuesta rápida de voluntarios comunitarios capacitados",
      ar: "شبكة استجابة سريعة من متطوعين مجتمعيين مدرَّبين",
    },
    services: [REGIONAL_HOTLINE, KNOW_YOUR_RIGHTS],
    accreditations: [],
    servesDetained: false,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: true,
  },
  statewideHelpline: {
    summary: {
      en: "a statewide legal helpline",
      es: "una línea de ayuda legal para todo el estado",
      ar: "خط مساعدة قانونية على مستوى الولاية",
    },
    services: [STATEWIDE_REMOTE],
    accreditations: ["attorney_led"],
    servesDetained: false,
    walkIn: false,
    remoteIntake: true,
    freeConsultation: true,
  },
} as const satisfies Record<string, SampleProfile>;

export type SampleProfileName = keyof typeof SAMPLE_PROFILES;
