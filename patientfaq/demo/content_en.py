"""English demo content for patientfaq: a fictional patient organisation.

Everything here is demo content. The Northbridge Autoimmune Encephalitis
Society does not exist; its people, numbers and addresses are invented.
The medical text was written for this demo in plain language.
"""

Citation = dict[str, str | int]

# Sources are shared between entries (and with the Spanish translation).
# Every identifier below was checked against a published record.
GRAUS_2016: Citation = {
    "kind": "doi",
    "title": "A clinical approach to diagnosis of autoimmune encephalitis",
    "publisher": "The Lancet Neurology",
    "year": 2016,
    "doi": "10.1016/S1474-4422(15)00401-9",
    "authors": "Graus F, Titulaer MJ, Balu R, et al.",
}
DALMAU_2008: Citation = {
    "kind": "pubmed",
    "title": (
        "Anti-NMDA-receptor encephalitis: case series and analysis of the effects of antibodies"
    ),
    "publisher": "The Lancet Neurology",
    "year": 2008,
    "pmid": "18851928",
    "authors": "Dalmau J, Gleichman AJ, Hughes EG, et al.",
}
TITULAER_2013: Citation = {
    "kind": "pubmed",
    "title": (
        "Treatment and prognostic factors for long-term outcome in patients "
        "with anti-NMDA receptor encephalitis: an observational cohort study"
    ),
    "publisher": "The Lancet Neurology",
    "year": 2013,
    "pmid": "23290630",
    "authors": "Titulaer MJ, McCracken L, Gabilondo I, et al.",
}
DALMAU_GRAUS_2018: Citation = {
    "kind": "doi",
    "title": "Antibody-mediated encephalitis",
    "publisher": "The New England Journal of Medicine",
    "year": 2018,
    "doi": "10.1056/NEJMra1708712",
    "authors": "Dalmau J, Graus F.",
}
DALMAU_2019: Citation = {
    "kind": "pubmed",
    "title": (
        "An update on anti-NMDA receptor encephalitis for neurologists and "
        "psychiatrists: mechanisms and models"
    ),
    "publisher": "The Lancet Neurology",
    "year": 2019,
    "pmid": "31326280",
    "authors": "Dalmau J, Armangué T, Planagumà J, et al.",
}
BALU_2019: Citation = {
    "kind": "pubmed",
    "title": (
        "A score that predicts 1-year functional status in patients with "
        "anti-NMDA receptor encephalitis"
    ),
    "publisher": "Neurology",
    "year": 2019,
    "pmid": "30578370",
    "authors": "Balu R, McCracken L, Lancaster E, et al.",
}
POLLAK_2020: Citation = {
    "kind": "doi",
    "title": (
        "Autoimmune psychosis: an international consensus on an approach to "
        "the diagnosis and management of psychosis of suspected autoimmune "
        "origin"
    ),
    "publisher": "The Lancet Psychiatry",
    "year": 2020,
    "doi": "10.1016/S2215-0366(19)30290-1",
    "authors": "Pollak TA, Lennox BR, Müller S, et al.",
}
GRAUS_GAD_2020: Citation = {
    "kind": "doi",
    "title": "GAD antibodies in neurological disorders — insights and challenges",
    "publisher": "Nature Reviews Neurology",
    "year": 2020,
    "doi": "10.1038/s41582-020-0359-x",
    "authors": "Graus F, Saiz A, Dalmau J.",
}
GLAUSER_2016: Citation = {
    "kind": "doi",
    "title": (
        "Evidence-based guideline: treatment of convulsive status epilepticus "
        "in children and adults"
    ),
    "publisher": "Epilepsy Currents",
    "year": 2016,
    "doi": "10.5698/1535-7597-16.1.48",
    "authors": "Glauser T, Shinnar S, Gloss D, et al.",
}
EBERHARDT_2017: Citation = {
    "kind": "doi",
    "title": "Myoclonic disorders",
    "publisher": "Brain Sciences",
    "year": 2017,
    "doi": "10.3390/brainsci7080103",
    "authors": "Eberhardt O, Topka H.",
}
NINDS_MYOCLONUS: Citation = {
    "kind": "web",
    "title": "Myoclonus",
    "publisher": "National Institute of Neurological Disorders and Stroke (NINDS)",
    "year": 2024,
    "url": "https://www.ninds.nih.gov/health-information/disorders/myoclonus",
}
NINDS_ENCEPHALITIS: Citation = {
    "kind": "web",
    "title": "Meningitis and encephalitis",
    "publisher": "National Institute of Neurological Disorders and Stroke (NINDS)",
    "year": 2024,
    "url": ("https://www.ninds.nih.gov/health-information/disorders/meningitis-and-encephalitis"),
}
MEDLINEPLUS_ENCEPHALITIS: Citation = {
    "kind": "web",
    "title": "Encephalitis",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/encephalitis.html",
}
MEDLINEPLUS_SEIZURES: Citation = {
    "kind": "web",
    "title": "Seizures",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/seizures.html",
}
MEDLINEPLUS_EEG: Citation = {
    "kind": "web",
    "title": "EEG",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/ency/article/003931.htm",
}
MEDLINEPLUS_MRI: Citation = {
    "kind": "web",
    "title": "MRI scans",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/mriscans.html",
}
MEDLINEPLUS_SLEEP: Citation = {
    "kind": "web",
    "title": "Sleep disorders",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/sleepdisorders.html",
}
MEDLINEPLUS_CAREGIVERS: Citation = {
    "kind": "web",
    "title": "Caregivers",
    "publisher": "MedlinePlus, U.S. National Library of Medicine",
    "year": 2024,
    "url": "https://medlineplus.gov/caregivers.html",
}
NHS_ENCEPHALITIS: Citation = {
    "kind": "web",
    "title": "Encephalitis",
    "publisher": "NHS (UK National Health Service)",
    "year": 2023,
    "url": "https://www.nhs.uk/conditions/encephalitis/",
}
NHS_EEG: Citation = {
    "kind": "web",
    "title": "Electroencephalogram (EEG)",
    "publisher": "NHS (UK National Health Service)",
    "year": 2023,
    "url": "https://www.nhs.uk/conditions/electroencephalogram/",
}
NHS_MRI: Citation = {
    "kind": "web",
    "title": "MRI scan",
    "publisher": "NHS (UK National Health Service)",
    "year": 2023,
    "url": "https://www.nhs.uk/conditions/mri-scan/",
}
NHS_LUMBAR_PUNCTURE: Citation = {
    "kind": "web",
    "title": "Lumbar puncture",
    "publisher": "NHS (UK National Health Service)",
    "year": 2023,
    "url": "https://www.nhs.uk/conditions/lumbar-puncture/",
}
NHS_STEROIDS: Citation = {
    "kind": "web",
    "title": "Steroids",
    "publisher": "NHS (UK National Health Service)",
    "year": 2023,
    "url": "https://www.nhs.uk/conditions/steroids/",
}
CDC_SEIZURE_FIRST_AID: Citation = {
    "kind": "guideline",
    "title": "First aid for seizures",
    "publisher": "U.S. Centers for Disease Control and Prevention (CDC)",
    "year": 2024,
    "url": "https://www.cdc.gov/epilepsy/first-aid-for-seizures/index.html",
}
EPILEPSY_FOUNDATION_FIRST_AID: Citation = {
    "kind": "web",
    "title": "Seizure first aid resources",
    "publisher": "Epilepsy Foundation",
    "year": 2024,
    "url": "https://www.epilepsy.com/recognition/first-aid-resources",
}
ENCEPHALITIS_INTERNATIONAL: Citation = {
    "kind": "web",
    "title": "What is encephalitis?",
    "publisher": "Encephalitis International",
    "year": 2024,
    "url": "https://www.encephalitis.info/what-is-encephalitis",
}
AE_ALLIANCE: Citation = {
    "kind": "web",
    "title": "Autoimmune Encephalitis Alliance",
    "publisher": "Autoimmune Encephalitis Alliance",
    "year": 2024,
    "url": "https://aealliance.org/",
}
JAN: Citation = {
    "kind": "web",
    "title": "Job Accommodation Network",
    "publisher": "Job Accommodation Network (JAN), U.S. Department of Labor",
    "year": 2024,
    "url": "https://askjan.org/",
}
LIFELINE_988: Citation = {
    "kind": "web",
    "title": "988 Suicide & Crisis Lifeline",
    "publisher": "988 Suicide & Crisis Lifeline",
    "year": 2024,
    "url": "https://988lifeline.org/",
}


ORGANISATION: dict[str, str | int] = {
    "legal_name": "Northbridge Autoimmune Encephalitis Society (demo)",
    "short_name": "Northbridge AE Society (demo)",
    "charity_status": "501(c)(3) public charity (demo)",
    "tax_id": "00-0000000 (demo)",
    "founded_year": 2009,
    "founders": (
        "Founded in 2009 by Miriam Castell and Daniel Osei-Hart, two parents "
        "whose children were treated for autoimmune encephalitis. Both "
        "founders are invented for this demo."
    ),
    "mission": (
        "We help people with autoimmune encephalitis and their families find "
        "clear, checked answers and feel less alone. This is demo content for "
        "patientfaq, not a real charity."
    ),
    "contact_email": "hello@example.org",
    "contact_phone": "+1 (555) 010-0199 (demo)",
    "postal_address": ("Northbridge AE Society (demo), PO Box 0000, Example City, ZZ 00000, USA"),
    "emergency_number": "911",
    "crisis_line": "988 Suicide & Crisis Lifeline",
    "disclaimer": (
        "This site gives general health information only. It is not medical "
        "advice and it does not replace your own doctor or care team. Do not "
        "start, stop or change any treatment because of what you read here. "
        "If you think someone needs urgent help, call 911 now."
    ),
}

REVIEWERS: list[dict[str, str]] = [
    {"name": "Dr. Amara Okafor", "credential": "MD, neurologist"},
    {"name": "Dr. Henrik Valdés", "credential": "MD, PhD, neuroimmunologist"},
    {"name": "Dr. Leena Marwick", "credential": "PsyD, clinical neuropsychologist"},
]

CATEGORIES: list[dict[str, str]] = [
    {
        "slug": "understanding-ae",
        "title": "Understanding autoimmune encephalitis",
        "intro": (
            "What autoimmune encephalitis is, why it happens, and the main types, in plain words."
        ),
    },
    {
        "slug": "symptoms",
        "title": "Symptoms and signs",
        "intro": (
            "Jerks, seizures, memory trouble, mood changes, sleep problems and "
            "more: what they are and when to get help fast."
        ),
    },
    {
        "slug": "tests-and-diagnosis",
        "title": "Tests and diagnosis",
        "intro": (
            "What happens during an EEG, an MRI scan, a lumbar puncture and "
            "antibody tests, and what the results can and cannot tell you."
        ),
    },
    {
        "slug": "treatment",
        "title": "Treatment",
        "intro": (
            "The medicines and procedures used to calm the immune system, how "
            "they are given, and common side effects."
        ),
    },
    {
        "slug": "recovery",
        "title": "Recovery and living with AE",
        "intro": (
            "How recovery usually goes, what a relapse is, and getting back to "
            "work, school and daily life."
        ),
    },
    {
        "slug": "carers",
        "title": "For families and carers",
        "intro": (
            "Help for the people who care for someone with autoimmune "
            "encephalitis, including seizure first aid and talking to children."
        ),
    },
]


ENTRIES: list[dict[str, object]] = [
    # ------------------------------------------------------------------
    # Understanding autoimmune encephalitis
    # ------------------------------------------------------------------
    {
        "slug": "what-is-autoimmune-encephalitis",
        "category": "understanding-ae",
        "question": "What is autoimmune encephalitis?",
        "short_answer": (
            "Autoimmune encephalitis (AE) is swelling of the brain caused by "
            "the body's own defence system attacking healthy brain cells by "
            "mistake. It is serious, but it can be treated, and many people "
            "get much better."
        ),
        "answer": (
            "<p><strong>Encephalitis</strong> means swelling (inflammation) of "
            "the brain. Germs such as viruses can cause it. But sometimes no "
            "germ is found. Instead, the body's defence system, called the "
            "<strong>immune system</strong>, attacks the brain by mistake. "
            "This is called <strong>autoimmune encephalitis</strong>, or AE. "
            '"Auto" means self.</p>'
            "<h2>What goes wrong</h2>"
            "<p>The immune system makes proteins called "
            "<strong>antibodies</strong>. Normally they stick to germs so the "
            "body can clear them. In AE, some antibodies stick to parts of "
            "healthy nerve cells instead. This upsets how the nerve cells send "
            "signals. The brain then cannot work as it should.</p>"
            "<p>Each type of AE is named after the part of the nerve cell the "
            "antibody sticks to. Examples are anti-NMDA receptor, LGI1, CASPR2 "
            "and GAD65. In some people, doctors are sure it is AE but no "
            "antibody is found.</p>"
            "<h2>Common signs</h2>"
            "<p>Signs often come on over days or weeks. They can include:</p>"
            "<ul>"
            "<li>Changes in mood or behavior, fear, or seeing and hearing "
            "things that are not there.</li>"
            "<li>Trouble with memory, attention or speech.</li>"
            "<li>Seizures (fits) or sudden jerks.</li>"
            "<li>Odd movements of the face, arms or legs.</li>"
            "<li>Sleep that is much too short or much too long.</li>"
            "<li>Confusion or being hard to wake.</li>"
            "</ul>"
            "<h2>Why does it happen?</h2>"
            "<p>Often no clear reason is found. Sometimes a tumor starts the "
            "problem, and removing it helps. Rarely, AE follows a viral brain "
            "infection. AE is not caused by stress or by anything you did. It "
            "is not catching, so you cannot pass it to others.</p>"
            "<h2>Who gets it?</h2>"
            "<p>AE can affect children and adults of any age. It is rare, but "
            "it is found more often now because tests have improved.</p>"
            "<h2>Can it be treated?</h2>"
            "<p>Yes. Treatment calms the immune system. Common first treatments "
            "are steroids, IVIG and plasma exchange. Starting treatment early "
            "is linked to better recovery. Recovery is often slow. It can take "
            "many months, sometimes a year or two. Many people return to much "
            "of their old life.</p>"
            "<h2>When to get help fast</h2>"
            "<p>Call 911 for a seizure that lasts more than 5 minutes, trouble "
            "breathing, or if the person cannot be woken. Call your care team "
            "soon if new confusion, behavior changes or jerks appear.</p>"
        ),
        "also_asked": [
            "what is autoimmune encephalitis in simple words",
            "my immune system is attacking my brain?? what does that mean",
            "is autoimmune encephalitis the same as brain inflammation",
            "can you die from autoimmune encephalitis",
            "is AE contagious",
        ],
        "sources": [GRAUS_2016, DALMAU_GRAUS_2018, NINDS_ENCEPHALITIS],
        "related": [
            "what-is-anti-nmda-receptor-encephalitis",
            "lgi1-caspr2-and-gad65-antibodies",
            "first-line-and-second-line-treatment",
            "recovery-timeline",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-02-10",
        "next_review_due": "2027-08-10",
    },
    {
        "slug": "what-is-anti-nmda-receptor-encephalitis",
        "category": "understanding-ae",
        "question": "What is anti-NMDA receptor encephalitis?",
        "short_answer": (
            "It is the most common known type of autoimmune encephalitis. "
            "Antibodies block the NMDA receptor, a part of nerve cells that "
            "helps with memory, mood and behavior."
        ),
        "answer": (
            "<p><strong>Anti-NMDA receptor encephalitis</strong> is a type of "
            "autoimmune encephalitis. Doctors first described it in 2007. It "
            "is the most common type with a known antibody.</p>"
            "<h2>What is the NMDA receptor?</h2>"
            "<p>Nerve cells pass messages using chemicals. A "
            "<strong>receptor</strong> is like a lock on the nerve cell. The "
            "chemical message is the key. The NMDA receptor is one of these "
            "locks. It is important for memory, learning, mood and "
            "behavior.</p>"
            "<p>In this illness, antibodies stick to the NMDA receptor. The "
            "cell pulls the receptors inside, so fewer are left to work. "
            "Messages in the brain get mixed up. When the antibodies go away, "
            "the receptors can come back. This is one reason many people can "
            "recover.</p>"
            "<h2>Who gets it?</h2>"
            "<p>It is most common in children, teens and young adults, and "
            "more common in women. But anyone can get it. In some young women, "
            "a growth on the ovary called a <strong>teratoma</strong> starts "
            "the illness. A teratoma is usually not cancer. Removing it helps "
            "recovery. In some people, the illness follows a brain infection "
            "with the herpes simplex virus.</p>"
            "<h2>How does it usually go?</h2>"
            "<p>Many people first feel like they have the flu. Then, over days "
            "or weeks, other signs can appear:</p>"
            "<ul>"
            "<li>Anxiety, fear, odd behavior, or seeing or hearing things.</li>"
            "<li>Memory loss and trouble speaking.</li>"
            "<li>Seizures.</li>"
            "<li>Odd movements, often of the mouth, face, arms or legs.</li>"
            "<li>Being very sleepy or not responding.</li>"
            "<li>Swings in heart rate, blood pressure or temperature, and "
            "shallow breathing.</li>"
            "</ul>"
            "<p>Many people need care in an intensive care unit for a time. "
            "This is frightening for families. It does not mean there is no "
            "hope.</p>"
            "<h2>Treatment and outlook</h2>"
            "<p>Treatment calms the immune system and removes a tumor if one "
            "is found. About 8 in 10 people improve a lot. In a large study, "
            "most people had a good recovery by two years. Improvement can "
            "keep going for a long time. The illness comes back in some "
            "people, often in a milder form.</p>"
            "<p>Your care team can tell you what to expect for you or your "
            "family member. Ask them any question, as often as you need.</p>"
        ),
        "also_asked": [
            "what is anti NMDA",
            "NMDAR encephalitis explained",
            "my daughter has anti-NMDA receptor encephalitis will she get better",
            "brain on fire illness",
        ],
        "sources": [DALMAU_2008, TITULAER_2013, DALMAU_2019],
        "related": [
            "what-is-autoimmune-encephalitis",
            "looking-for-a-tumor",
            "psychiatric-symptoms",
            "recovery-timeline",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-02-14",
        "next_review_due": "2027-08-14",
    },
    {
        "slug": "lgi1-caspr2-and-gad65-antibodies",
        "category": "understanding-ae",
        "question": "What are LGI1, CASPR2 and GAD65 antibodies?",
        "short_answer": (
            "They are antibodies linked to other types of autoimmune "
            "encephalitis. Each one tends to cause a different pattern of "
            "signs, and each one responds to treatment a bit differently."
        ),
        "answer": (
            "<p>Autoimmune encephalitis (AE) is named after the antibody that "
            "causes it. An <strong>antibody</strong> is a protein made by the "
            "immune system. In AE, it sticks to part of a nerve cell by "
            "mistake. Here are three types you may hear about.</p>"
            "<h2>LGI1</h2>"
            "<p>LGI1 is a protein that helps nerve cells pass signals calmly. "
            "LGI1 encephalitis is more common in people over 60, and more "
            "common in men. Common signs are:</p>"
            "<ul>"
            "<li>Memory loss and confusion.</li>"
            "<li>Seizures. Some people have very short jerks or tightening of "
            "the face and arm on one side. These are called "
            "<strong>faciobrachial dystonic seizures</strong>. They can happen "
            "many times a day.</li>"
            "<li>Low salt (sodium) in the blood.</li>"
            "<li>Sleep problems and mood changes.</li>"
            "</ul>"
            "<p>Most people get better with treatment. Some are left with "
            "memory problems.</p>"
            "<h2>CASPR2</h2>"
            "<p>CASPR2 is a protein found in the brain and in the nerves of the "
            "arms and legs. CASPR2 illness is most common in older men. It can "
            "cause memory trouble and seizures. It can also cause muscle "
            "twitching, cramps, pain, sweating, and very poor sleep. Rarely it "
            "is linked to a growth in the chest called a "
            "<strong>thymoma</strong>, so doctors may check for one.</p>"
            "<h2>GAD65</h2>"
            "<p>GAD65 is an enzyme inside nerve cells. It helps make GABA, the "
            "brain's main calming chemical. High levels of GAD65 antibodies "
            "are linked to:</p>"
            "<ul>"
            "<li>Seizures that can be hard to control.</li>"
            "<li>Memory problems (limbic encephalitis).</li>"
            "<li>Stiff, painful muscle spasms (stiff person syndrome).</li>"
            "<li>Unsteady walking and poor balance (ataxia).</li>"
            "</ul>"
            "<p>Low levels of GAD65 antibodies are common in people with type "
            "1 diabetes and often cause no brain problems. So the level, and "
            "whether it is found in spinal fluid, matters. GAD65 illness often "
            "improves less with immune treatment than other types.</p>"
            "<h2>Why the type matters</h2>"
            "<p>Knowing the antibody helps your team choose tests and treatment "
            "and look for any linked growth. It also helps them tell you what "
            "to expect. Ask your team which antibody you have and what it "
            "means for you.</p>"
        ),
        "also_asked": [
            "what is LGI1 encephalitis",
            "CASPR2 antibody positive what does it mean",
            "GAD65 antibodies high and I have seizures",
            "different types of autoimmune encephalitis",
        ],
        "sources": [DALMAU_GRAUS_2018, GRAUS_GAD_2020, GRAUS_2016],
        "related": [
            "what-is-autoimmune-encephalitis",
            "antibody-tests",
            "seizures-in-autoimmune-encephalitis",
            "movement-problems",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-03-03",
        "next_review_due": "2028-03-03",
    },
    # ------------------------------------------------------------------
    # Symptoms and signs
    # ------------------------------------------------------------------
    {
        "slug": "what-is-myoclonus",
        "category": "symptoms",
        "question": "What is myoclonus?",
        "short_answer": (
            "Myoclonus is a very quick jerk of a muscle that you cannot "
            "control. It is a sign of something else going on, not a disease "
            "by itself."
        ),
        "answer": (
            "<p><strong>Myoclonus</strong> (say my-OCK-lo-nus) is a sudden, "
            "very short jerk of a muscle or a group of muscles. You do not "
            "choose to make it. Many people say it feels like an electric "
            "shock or a jolt.</p>"
            "<h2>Everyday myoclonus</h2>"
            "<p>Most people have had harmless myoclonus. Hiccups are one kind. "
            "The sudden jerk some people feel just as they fall asleep, called "
            "a <strong>sleep start</strong>, is another. These are normal.</p>"
            "<h2>Positive and negative myoclonus</h2>"
            "<ul>"
            "<li><strong>Positive myoclonus</strong> is a sudden tightening of "
            "a muscle. It causes a jerk or twitch.</li>"
            "<li><strong>Negative myoclonus</strong> is a sudden, brief loss "
            "of muscle tone. The muscle lets go for a moment. A held-out hand "
            "may flap down, or the knees may buckle. One type is called "
            "<strong>asterixis</strong>. It can happen when the liver or "
            "kidneys are not working well.</li>"
            "</ul>"
            "<h2>Where it starts</h2>"
            "<p>Myoclonus can start in different parts of the nervous "
            "system:</p>"
            "<ul>"
            "<li><strong>Cortex</strong>: the outer layer of the brain. This is "
            "the most common source. Jerks often affect the face, hands or "
            "arms. Moving or being touched can set them off.</li>"
            "<li><strong>Brainstem</strong>: the base of the brain. Jerks often "
            "affect both sides of the body at once. A noise may set them "
            "off.</li>"
            "<li><strong>Spinal cord</strong>: jerks often affect the trunk or "
            "one part of the body.</li>"
            "<li><strong>Peripheral nerves</strong>: the nerves outside the "
            "brain and spine. Jerks stay in the area that nerve "
            "controls.</li>"
            "</ul>"
            "<h2>How it can spread</h2>"
            "<p>Myoclonus may start in one body part, such as a hand. It can "
            "then spread to nearby parts, or to both sides of the body. When "
            "the whole body jerks, doctors call it <strong>generalized</strong> "
            "myoclonus. Jerks that come in clusters can sometimes lead into a "
            "seizure.</p>"
            "<h2>A sign, not a disease</h2>"
            "<p>Myoclonus tells doctors that something is upsetting the nervous "
            "system. Causes include epilepsy, a lack of oxygen to the brain, "
            "kidney or liver failure, some medicines, infections, and "
            "autoimmune encephalitis. Treating the cause often helps the jerks "
            "most.</p>"
            "<h2>Tests and treatment</h2>"
            "<p>Your doctor will ask when the jerks happen and will examine "
            "you. A video of the jerks on your phone can help. Tests may "
            "include blood tests, a medicine review, an EEG (brain wave test), "
            "sometimes with a muscle test, and an MRI scan. In autoimmune "
            "encephalitis, a lumbar puncture and antibody tests may be "
            "done.</p>"
            "<p>Treatment aims at the cause. In autoimmune encephalitis, that "
            "means treatment to calm the immune system. Medicines such as "
            "levetiracetam, valproate or clonazepam can also reduce jerks. Do "
            "not stop or change a medicine without talking to your care "
            "team.</p>"
            "<h2>When to get help fast</h2>"
            "<p>Call 911 if jerks turn into a seizure that lasts more than 5 "
            "minutes, or if seizures keep coming without the person waking up "
            "in between. Tell your team soon if jerks are new, getting worse, "
            "or causing falls.</p>"
        ),
        "also_asked": [
            (
                "I experience body jerks, shakes and spasms… my doctor says it "
                "is myoclonus. What is myoclonus?"
            ),
            "sudden jerks in my arms like electric shocks",
            "my body twitches and jumps and I can't stop it",
            "what does myoclonic jerk mean",
            "my hand suddenly drops things and flaps",
        ],
        "sources": [NINDS_MYOCLONUS, EBERHARDT_2017, GRAUS_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "movement-problems",
            "eeg-test",
            "helping-during-a-seizure",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-01-20",
        "next_review_due": "2027-07-20",
    },
    {
        "slug": "seizures-in-autoimmune-encephalitis",
        "category": "symptoms",
        "question": "Why do people with autoimmune encephalitis have seizures?",
        "short_answer": (
            "Swelling in the brain can cause bursts of abnormal electrical "
            "activity, which are seizures. Treatment of the immune system is "
            "often the key to stopping them, along with seizure medicine."
        ),
        "answer": (
            "<p>A <strong>seizure</strong> is a short burst of abnormal "
            "electrical activity in the brain. Seizures are common in "
            "autoimmune encephalitis (AE). The swelling and the antibodies "
            "make nerve cells too excitable.</p>"
            "<h2>What seizures can look like</h2>"
            "<ul>"
            "<li>Shaking and stiffening of the whole body, often with loss of "
            "awareness.</li>"
            "<li>Staring, not responding, lip smacking, or picking at "
            "clothes.</li>"
            "<li>Strange feelings: fear, a rising feeling in the stomach, goose "
            "bumps, or a sense of having lived this moment before.</li>"
            "<li>Very short jerks or tightening of one side of the face and "
            "arm. In LGI1 encephalitis these can happen many times a "
            "day.</li>"
            "</ul>"
            "<p>Some seizures are hard to see. An EEG can find them.</p>"
            "<h2>How they are treated</h2>"
            "<p>Seizure medicines help control seizures. But in AE, treatment "
            "that calms the immune system is often what stops them. The short "
            "face-and-arm seizures of LGI1 often respond better to immune "
            "treatment than to seizure medicines.</p>"
            "<p>For many people, seizures stop once the swelling settles. "
            "Later, your doctor may slowly lower your seizure medicine. Some "
            "people, especially with GAD65 antibodies, keep having seizures "
            "and need long-term care. Never stop a seizure medicine on your "
            "own. Stopping suddenly can cause severe seizures.</p>"
            "<h2>When to call 911</h2>"
            "<p>Call 911 if:</p>"
            "<ul>"
            "<li>A seizure lasts more than 5 minutes.</li>"
            "<li>One seizure follows another without the person waking up in "
            "between.</li>"
            "<li>The person has trouble breathing or does not wake up after "
            "the seizure.</li>"
            "<li>The person is hurt, or the seizure happens in water.</li>"
            "<li>It is the person's first seizure, or they are pregnant.</li>"
            "</ul>"
            "<p>A seizure that does not stop is an emergency. Doctors call it "
            "<strong>status epilepticus</strong>. Fast treatment matters.</p>"
            "<h2>Living with seizures</h2>"
            "<ul>"
            "<li>Ask your team for a written seizure plan.</li>"
            "<li>Ask if you need a rescue medicine at home.</li>"
            "<li>Keep a seizure diary: date, time, what happened and how long "
            "it lasted.</li>"
            "<li>Take showers instead of baths, and do not swim alone.</li>"
            "<li>Ask your doctor about driving. State laws set rules after a "
            "seizure.</li>"
            "</ul>"
        ),
        "also_asked": [
            "why am I having seizures after encephalitis",
            "will my seizures go away after AE",
            "when should I call an ambulance for a seizure",
            "face and arm twitching many times a day",
        ],
        "sources": [GLAUSER_2016, GRAUS_2016, MEDLINEPLUS_SEIZURES],
        "related": [
            "helping-during-a-seizure",
            "what-is-myoclonus",
            "eeg-test",
            "lgi1-caspr2-and-gad65-antibodies",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-01-27",
        "next_review_due": "2027-01-27",
    },
    {
        "slug": "memory-and-thinking-problems",
        "category": "symptoms",
        "question": "Why is my memory so bad after autoimmune encephalitis?",
        "short_answer": (
            "AE often affects the parts of the brain that store new memories "
            "and help you focus. These problems often improve slowly over "
            "months, and there are ways to cope while you heal."
        ),
        "answer": (
            "<p>Memory and thinking problems are very common in autoimmune "
            "encephalitis (AE). Doctors call thinking skills "
            "<strong>cognition</strong>. AE often affects deep parts of the "
            "brain called the <strong>limbic system</strong>. The "
            "<strong>hippocampus</strong> is part of it. It helps store new "
            "memories.</p>"
            "<h2>What you may notice</h2>"
            "<ul>"
            "<li>Forgetting recent talks, plans or where you put things.</li>"
            "<li>Having no memory of weeks in hospital. This is very "
            "common.</li>"
            "<li>Trouble paying attention or following a conversation.</li>"
            "<li>Trouble finding the right word.</li>"
            "<li>Thinking more slowly.</li>"
            "<li>Trouble planning, making choices or doing two things at "
            "once.</li>"
            "<li>Getting very tired after mental effort.</li>"
            "</ul>"
            "<h2>Will it get better?</h2>"
            "<p>For many people, yes. Thinking skills are often among the last "
            "things to recover. They can keep improving for a year or two, and "
            "sometimes longer. Some people are left with milder, lasting "
            "problems. Your team cannot always say in advance how much will "
            "come back.</p>"
            "<h2>Tests that can help</h2>"
            "<p>A <strong>neuropsychologist</strong> is an expert in how the "
            "brain affects thinking and behavior. They can test your memory, "
            "attention and planning with puzzles and questions. The results "
            "show your strengths and weak spots. They help plan rehab and "
            "support at work or school.</p>"
            "<h2>Ways to cope</h2>"
            "<ul>"
            "<li>Use one notebook or phone app for all notes and plans.</li>"
            "<li>Set phone alarms for medicines and visits.</li>"
            "<li>Keep a simple daily routine.</li>"
            "<li>Do one thing at a time, in a quiet place.</li>"
            "<li>Take short rests before you get too tired.</li>"
            "<li>Ask people to write things down for you.</li>"
            "<li>Sleep well and move your body each day, as your team "
            "advises.</li>"
            "</ul>"
            "<p>Speech therapists and occupational therapists can teach more "
            "ways to cope. This is called <strong>cognitive "
            "rehabilitation</strong>.</p>"
            "<h2>When to call your team</h2>"
            "<p>Tell your team if memory or confusion gets worse instead of "
            "better. This can be a sign of a relapse or of another problem. "
            "Get help quickly if confusion comes on suddenly.</p>"
        ),
        "also_asked": [
            "I can't remember anything since encephalitis",
            "will my memory come back after autoimmune encephalitis",
            "brain fog after AE",
            "I don't remember being in hospital",
        ],
        "sources": [TITULAER_2013, DALMAU_2019, GRAUS_2016],
        "related": [
            "recovery-timeline",
            "returning-to-work-or-school",
            "lgi1-caspr2-and-gad65-antibodies",
            "relapse",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-03-12",
        "next_review_due": "2027-09-12",
    },
    {
        "slug": "psychiatric-symptoms",
        "category": "symptoms",
        "question": (
            "Can autoimmune encephalitis cause psychosis, anxiety or changes in behavior?"
        ),
        "short_answer": (
            "Yes. Mental health changes are common in AE, and in anti-NMDA "
            "receptor encephalitis they are often the first sign. They are "
            "caused by the illness, and they often improve with treatment."
        ),
        "answer": (
            "<p>The brain controls our thoughts, feelings and behavior. When "
            "autoimmune encephalitis (AE) affects the brain, mental health "
            "changes are common. These are called <strong>psychiatric "
            "symptoms</strong>.</p>"
            "<h2>What people may notice</h2>"
            "<ul>"
            "<li>Strong anxiety, fear or panic.</li>"
            "<li>Being restless, agitated or unusually angry.</li>"
            "<li>Strange or suspicious beliefs that are not true.</li>"
            "<li>Seeing or hearing things that are not there.</li>"
            "<li>Very fast speech, little need for sleep, or wild "
            "ideas.</li>"
            "<li>Low mood, crying, or not caring about anything.</li>"
            "<li>Becoming very still and silent, or staring. This can be a "
            "state called <strong>catatonia</strong>.</li>"
            "</ul>"
            "<p><strong>Psychosis</strong> means losing touch with what is "
            "real. It includes hallucinations (seeing or hearing things) and "
            "delusions (fixed false beliefs).</p>"
            "<h2>Why it matters</h2>"
            "<p>In anti-NMDA receptor encephalitis, these changes often come "
            "first. So some people first see a mental health team. Clues that "
            "point to AE include seizures, odd movements, confusion, memory "
            "loss, trouble speaking, or a recent flu-like illness. Experts "
            "have written advice to help doctors spot these cases.</p>"
            "<p>Some people with AE react badly to certain medicines for "
            "psychosis. They may get very stiff or get a high fever. Doctors "
            "use these medicines with care. Get urgent help if this "
            "happens.</p>"
            "<h2>It is the illness, not the person</h2>"
            "<p>Families can find these changes very upsetting. Please "
            "remember that the illness causes them. They are not a choice, and "
            "they are not a sign of weak character. With treatment, they often "
            "fade.</p>"
            "<h2>After the illness</h2>"
            "<p>During recovery, some people feel low, anxious or easily "
            "upset. Some have bad memories of hospital, or gaps in memory that "
            "feel scary. Talking therapy and support can help. Tell your care "
            "team how you feel.</p>"
            "<h2>Get help now if</h2>"
            "<ul>"
            "<li>You or someone else is in danger: call 911.</li>"
            "<li>You have thoughts of suicide or feel in crisis: call or text "
            "988, the Suicide &amp; Crisis Lifeline.</li>"
            "</ul>"
        ),
        "also_asked": [
            "my son suddenly became paranoid and confused could it be encephalitis",
            "can brain inflammation cause hallucinations",
            "mental health changes after encephalitis",
            "is it psychosis or autoimmune encephalitis",
        ],
        "sources": [POLLAK_2020, DALMAU_2019, LIFELINE_988],
        "related": [
            "what-is-anti-nmda-receptor-encephalitis",
            "sleep-problems",
            "looking-after-yourself-as-a-carer",
            "talking-to-children",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-04-02",
        "next_review_due": "2027-10-02",
    },
    {
        "slug": "sleep-problems",
        "category": "symptoms",
        "question": "Why can't I sleep properly since I got autoimmune encephalitis?",
        "short_answer": (
            "AE can affect the parts of the brain that control sleep. Some "
            "people sleep far too little, others far too much, and some act "
            "out their dreams. Tell your team, because there is help."
        ),
        "answer": (
            "<p>Sleep problems are common in autoimmune encephalitis (AE). The "
            "illness can affect the parts of the brain that control when we "
            "sleep and wake. Some medicines, stress and time in hospital can "
            "also upset sleep.</p>"
            "<h2>Common sleep problems</h2>"
            "<ul>"
            "<li><strong>Insomnia</strong>: trouble falling asleep or staying "
            "asleep. In CASPR2 illness, sleep loss can be severe.</li>"
            "<li>Sleeping much more than usual, or feeling sleepy all "
            "day.</li>"
            "<li>Sleep and wake times that are mixed up, such as being awake "
            "all night.</li>"
            "<li>Acting out dreams: shouting, kicking or punching while "
            "asleep. This is called <strong>REM sleep behavior "
            "disorder</strong>.</li>"
            "<li>Breathing pauses or loud snoring in sleep.</li>"
            "</ul>"
            "<p>In anti-NMDA receptor encephalitis, a period of very poor "
            "sleep can come early. During recovery, some people sleep a lot "
            "and eat more for a while.</p>"
            "<h2>Steroids and sleep</h2>"
            "<p>Steroid medicines often make it hard to sleep. Taking them in "
            "the morning may help, if your team agrees. Do not change the time "
            "or dose without asking.</p>"
            "<h2>Tests</h2>"
            "<p>Your doctor may suggest a <strong>sleep study</strong>. You "
            "sleep one night in a clinic with sensors on your skin. It records "
            "breathing, brain waves and movements.</p>"
            "<h2>Things that can help</h2>"
            "<ul>"
            "<li>Get up at the same time each day.</li>"
            "<li>Get daylight in the morning.</li>"
            "<li>Keep naps short and early in the day.</li>"
            "<li>Avoid caffeine after lunch, and avoid alcohol.</li>"
            "<li>Keep the bedroom dark, quiet and cool.</li>"
            "<li>Put screens away an hour before bed.</li>"
            "</ul>"
            "<p>If you act out dreams, make the bedroom safe. Move sharp or "
            "hard things away from the bed. A bed partner may need to sleep "
            "apart for a while.</p>"
            "<p>Your doctor may suggest medicine or a talking therapy for "
            "insomnia. Ask before you take any sleep aid, even one sold in a "
            "store. Some can interact with your other medicines.</p>"
            "<h2>When to tell your team</h2>"
            "<p>Tell your team if sleep changes suddenly after you had been "
            "doing well. A return of poor sleep can be an early sign of "
            "relapse.</p>"
        ),
        "also_asked": [
            "I can't sleep since encephalitis",
            "sleeping all the time after autoimmune encephalitis",
            "my husband punches and shouts in his sleep now",
            "steroids keeping me awake at night",
        ],
        "sources": [MEDLINEPLUS_SLEEP, DALMAU_GRAUS_2018],
        "related": [
            "steroids",
            "psychiatric-symptoms",
            "relapse",
            "lgi1-caspr2-and-gad65-antibodies",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-04-15",
        "next_review_due": "2027-04-15",
    },
    {
        "slug": "movement-problems",
        "category": "symptoms",
        "question": "What movement problems can autoimmune encephalitis cause?",
        "short_answer": (
            "AE can cause movements you cannot control, such as chewing or "
            "twisting movements, jerks, stiffness or poor balance. They "
            "often ease as the illness is treated."
        ),
        "answer": (
            "<p>Autoimmune encephalitis (AE) can affect the parts of the brain "
            "that control movement. Doctors call these problems "
            "<strong>movement disorders</strong>. They can look very "
            "strange and be scary to watch. They are part of the illness.</p>"
            "<h2>Movements you may see</h2>"
            "<ul>"
            "<li><strong>Dyskinesia</strong>: repeated movements you cannot "
            "control, often of the mouth and face. It can look like chewing, "
            "lip smacking or grimacing. It is common in anti-NMDA receptor "
            "encephalitis.</li>"
            "<li><strong>Chorea</strong>: quick, dance-like movements of the "
            "arms and legs.</li>"
            "<li><strong>Dystonia</strong>: muscles tighten and hold the body "
            "in a twisted position.</li>"
            "<li><strong>Myoclonus</strong>: very quick jerks, like electric "
            "shocks.</li>"
            "<li><strong>Tremor</strong>: shaking of the hands or body.</li>"
            "<li><strong>Stiffness and spasms</strong>: painful tight muscles. "
            "This can happen with GAD65 antibodies.</li>"
            "<li><strong>Ataxia</strong>: clumsy movements and unsteady "
            "walking.</li>"
            "<li><strong>Muscle twitching and cramps</strong>: this can happen "
            "with CASPR2 antibodies.</li>"
            "<li><strong>Catatonia</strong>: staying still in one position, not "
            "speaking, or copying others.</li>"
            "</ul>"
            "<h2>Is it a seizure?</h2>"
            "<p>Some movements look like seizures but are not. Some seizures "
            "look like movements. An EEG, sometimes with video, can tell them "
            "apart. A phone video of the movements helps your team a lot.</p>"
            "<h2>Treatment</h2>"
            "<p>The main treatment is to calm the immune system. As the "
            "swelling settles, movements usually ease. Doctors may also use "
            "medicines to reduce movements, stiffness or jerks for a while. "
            "Physical therapy helps with strength, balance and walking.</p>"
            "<h2>Safety</h2>"
            "<ul>"
            "<li>Pad hard edges near the bed or chair if movements are "
            "strong.</li>"
            "<li>Ask for help with walking if balance is poor.</li>"
            "<li>Soft foods may help if chewing movements make eating "
            "hard.</li>"
            "</ul>"
            "<h2>Get help fast if</h2>"
            "<p>Call 911 or go to an emergency room if someone becomes very "
            "stiff with a high fever, sweating or confusion, especially after "
            "a new medicine. This can be a rare but serious drug reaction. "
            "Also call 911 for any seizure lasting more than 5 minutes.</p>"
        ),
        "also_asked": [
            "my daughter keeps chewing and grimacing and can't stop",
            "twisting movements of arms after encephalitis",
            "muscles stiff and jerking with GAD antibodies",
            "why does she move her mouth all the time",
        ],
        "sources": [DALMAU_2019, GRAUS_GAD_2020, DALMAU_GRAUS_2018],
        "related": [
            "what-is-myoclonus",
            "seizures-in-autoimmune-encephalitis",
            "eeg-test",
            "lgi1-caspr2-and-gad65-antibodies",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-05-06",
        "next_review_due": "2027-11-06",
    },
    # ------------------------------------------------------------------
    # Tests and diagnosis
    # ------------------------------------------------------------------
    {
        "slug": "eeg-test",
        "category": "tests-and-diagnosis",
        "question": "What is an EEG and what will it show?",
        "short_answer": (
            "An EEG records the brain's electrical activity through small "
            "sensors on the scalp. It does not hurt. It can show seizures and "
            "signs that the brain is not working normally."
        ),
        "answer": (
            "<p>An <strong>EEG</strong> (electroencephalogram) is a test that "
            "records the tiny electrical signals your brain makes. It is often "
            "called a brain wave test. It is safe and it does not hurt. The "
            "machine only listens. It does not send anything into your "
            "brain.</p>"
            "<h2>What happens</h2>"
            "<ul>"
            "<li>A technician measures your head and marks spots on your "
            "scalp.</li>"
            "<li>Small metal discs called <strong>electrodes</strong> are stuck "
            "on with paste or a cap. Wires link them to a computer.</li>"
            "<li>You lie or sit still, mostly with your eyes closed.</li>"
            "<li>You may be asked to breathe deeply for a few minutes or look "
            "at a flashing light. This can bring out changes.</li>"
            "<li>A routine EEG takes about an hour.</li>"
            "</ul>"
            "<p>In hospital, the EEG may run for many hours or days, with a "
            "video camera. This is called <strong>video EEG "
            "monitoring</strong>. It helps catch events and match them to the "
            "brain waves.</p>"
            "<h2>How to get ready</h2>"
            "<ul>"
            "<li>Wash your hair the night before. Do not use oil, gel or "
            "spray.</li>"
            "<li>Take your usual medicines unless your team tells you "
            "otherwise.</li>"
            "<li>You may be asked to sleep less the night before.</li>"
            "<li>Bring a list of your medicines.</li>"
            "</ul>"
            "<h2>What it can show</h2>"
            "<ul>"
            "<li><strong>Seizures</strong>, including ones you cannot see from "
            "the outside.</li>"
            "<li><strong>Slowing</strong>: slower waves than normal. This "
            "shows the brain is not working normally. It is common in "
            "encephalitis.</li>"
            "<li>Special patterns. One called <strong>extreme delta "
            "brush</strong> is seen in some people with anti-NMDA receptor "
            "encephalitis.</li>"
            "</ul>"
            "<h2>What it cannot show</h2>"
            "<p>An EEG cannot prove or rule out AE by itself. A normal EEG "
            "between seizures does not mean seizures are not happening. Your "
            "team looks at the EEG together with your symptoms and other "
            "tests.</p>"
            "<h2>After the test</h2>"
            "<p>You can usually go back to normal activities. The paste washes "
            "out with warm water. A doctor will read the EEG and share the "
            "results with your team.</p>"
        ),
        "also_asked": [
            "what happens in an EEG test",
            "does an EEG hurt",
            "brain wave test for seizures",
            "my EEG was normal but I still have jerks",
        ],
        "sources": [MEDLINEPLUS_EEG, NHS_EEG, GRAUS_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "mri-scan",
            "lumbar-puncture",
            "what-is-myoclonus",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-02-24",
        "next_review_due": "2028-02-24",
    },
    {
        "slug": "mri-scan",
        "category": "tests-and-diagnosis",
        "question": "Why do I need an MRI scan and what will it show?",
        "short_answer": (
            "An MRI scan takes detailed pictures of the brain using a magnet. "
            "It can show swelling and rule out other causes. In AE the MRI is "
            "often normal, so a normal scan does not rule it out."
        ),
        "answer": (
            "<p>An <strong>MRI</strong> (magnetic resonance imaging) scan uses "
            "a strong magnet and radio waves to take detailed pictures inside "
            "the body. It does not use X-rays.</p>"
            "<h2>Why doctors do it</h2>"
            "<ul>"
            "<li>To look for swelling in the brain. In some types of AE, the "
            "inner parts of the temporal lobes look bright on the scan. These "
            "areas help with memory and feelings.</li>"
            "<li>To look for other causes, such as a stroke, a tumor or an "
            "infection.</li>"
            "<li>To follow changes over time.</li>"
            "</ul>"
            "<h2>A normal MRI is common in AE</h2>"
            "<p>In many people with anti-NMDA receptor encephalitis, the MRI "
            "looks normal. This does not mean nothing is wrong. Doctors use "
            "the MRI together with your symptoms, the EEG, spinal fluid tests "
            "and antibody tests.</p>"
            "<h2>What happens</h2>"
            "<ul>"
            "<li>You will be asked about metal in your body. Tell staff about "
            "pacemakers, implants, clips, shrapnel or metal work.</li>"
            "<li>You remove jewelry, watches and cards with a magnetic "
            "strip.</li>"
            "<li>You lie still on a bed that slides into a tube.</li>"
            "<li>The scanner makes loud knocking sounds. You will get ear "
            "plugs or headphones.</li>"
            "<li>The scan usually takes 20 to 60 minutes.</li>"
            "<li>You can talk with staff, and you hold a call button.</li>"
            "</ul>"
            "<p>You may get a dye called <strong>contrast</strong> through a "
            "small tube in your arm. It helps show swelling more clearly. Tell "
            "staff if you have kidney problems, allergies, or could be "
            "pregnant.</p>"
            "<h2>If you feel closed in</h2>"
            "<p>Tell the team early if tight spaces scare you. They can explain "
            "each step, play music, or let someone stay in the room. Some "
            "people need medicine to relax. People who are very confused or "
            "agitated may need the scan under sedation or general "
            "anesthesia.</p>"
            "<h2>Results</h2>"
            "<p>A radiologist, a doctor who reads scans, writes a report. Your "
            "team will explain what it means for you. Ask them to show you "
            "the pictures if you would like to see them.</p>"
        ),
        "also_asked": [
            "my MRI was normal so why do they think it's encephalitis",
            "what does an MRI show in autoimmune encephalitis",
            "I'm scared of the MRI tube",
            "bright spots on brain MRI temporal lobe",
        ],
        "sources": [MEDLINEPLUS_MRI, NHS_MRI, GRAUS_2016],
        "related": ["eeg-test", "lumbar-puncture", "antibody-tests", "looking-for-a-tumor"],
        "reviewer": 1,
        "reviewed_on": "2026-03-09",
        "next_review_due": "2028-03-09",
    },
    {
        "slug": "lumbar-puncture",
        "category": "tests-and-diagnosis",
        "question": "What is a lumbar puncture (spinal tap) and is it safe?",
        "short_answer": (
            "A lumbar puncture takes a small sample of the fluid around the "
            "brain and spine using a thin needle in the lower back. It is a "
            "common and generally safe test that gives vital clues in AE."
        ),
        "answer": (
            "<p>A <strong>lumbar puncture</strong>, or spinal tap, collects a "
            "small amount of <strong>cerebrospinal fluid</strong> (CSF). This "
            "clear fluid surrounds and protects the brain and spinal cord. "
            "Testing it gives clues about what is happening in the brain.</p>"
            "<h2>Why it is done in AE</h2>"
            "<ul>"
            "<li>To look for signs of swelling, such as extra white blood "
            "cells.</li>"
            "<li>To test for infections, such as the herpes simplex "
            "virus.</li>"
            "<li>To test for antibodies that cause AE. For some types, such as "
            "anti-NMDA receptor encephalitis, the spinal fluid test is more "
            "reliable than a blood test.</li>"
            "</ul>"
            "<h2>What happens</h2>"
            "<ul>"
            "<li>You lie on your side with your knees pulled up, or sit and "
            "lean forward.</li>"
            "<li>The skin on your lower back is cleaned. A numbing medicine is "
            "injected. It may sting for a moment.</li>"
            "<li>A thin needle goes in between two bones low in the back. This "
            "is below where the spinal cord ends, so the cord is not "
            "touched.</li>"
            "<li>A few teaspoons of fluid drip into tubes.</li>"
            "<li>It takes about 30 minutes. You may feel pressure.</li>"
            "</ul>"
            "<h2>Afterwards</h2>"
            "<p>You may be asked to rest for a short time. Drink plenty of "
            "fluids. Your back may feel sore for a few days.</p>"
            "<p>Some people get a headache that is worse when sitting or "
            "standing and better lying down. It often goes away in a few days "
            "with rest and fluids. Tell your team if it is severe or lasts. "
            "There are treatments for it.</p>"
            "<h2>Risks</h2>"
            "<p>Serious problems are rare. They include infection, bleeding, "
            "or nerve irritation. Tell the team before the test if you take "
            "blood thinners or have a bleeding problem.</p>"
            "<h2>Get help quickly if</h2>"
            "<ul>"
            "<li>You get a fever, a stiff neck, or a very bad headache.</li>"
            "<li>You feel numb or weak in your legs.</li>"
            "<li>Fluid or blood leaks from the needle site.</li>"
            "</ul>"
            "<h2>Results</h2>"
            "<p>Some results come back in hours. Antibody results can take "
            "days or weeks. Doctors often start treatment before all results "
            "are back.</p>"
        ),
        "also_asked": [
            "does a spinal tap hurt",
            "why do they need fluid from my spine",
            "headache after lumbar puncture",
            "is a lumbar puncture dangerous",
        ],
        "sources": [NHS_LUMBAR_PUNCTURE, GRAUS_2016],
        "related": ["antibody-tests", "mri-scan", "eeg-test"],
        "reviewer": 1,
        "reviewed_on": "2026-03-16",
        "next_review_due": "2028-03-16",
    },
    {
        "slug": "antibody-tests",
        "category": "tests-and-diagnosis",
        "question": "How do antibody tests for autoimmune encephalitis work?",
        "short_answer": (
            "A lab checks your blood and spinal fluid for antibodies that "
            "attack the brain. A positive result can confirm the type of AE, "
            "but a negative result does not always rule it out."
        ),
        "answer": (
            "<p>In autoimmune encephalitis (AE), the immune system makes "
            "<strong>antibodies</strong> that stick to parts of nerve cells. "
            "Antibody tests look for these in your blood and in your spinal "
            "fluid.</p>"
            "<h2>Blood and spinal fluid</h2>"
            "<ul>"
            "<li>Blood is taken from a vein in your arm, like any blood "
            "test.</li>"
            "<li>Spinal fluid is collected by a lumbar puncture.</li>"
            "</ul>"
            "<p>Doctors often test both. For anti-NMDA receptor encephalitis, "
            "spinal fluid is more reliable. Blood can miss it, and a weak blood "
            "result can be a false alarm. For LGI1, blood is often positive. "
            "For GAD65, the level matters a lot.</p>"
            "<h2>How the lab tests it</h2>"
            "<p>Labs mix your sample with cells or brain tissue and see if "
            "your antibodies stick. Often a panel checks many antibodies at "
            "once. Specialist labs may be needed, so results can take days or "
            "weeks.</p>"
            "<h2>What the result means</h2>"
            "<ul>"
            "<li><strong>Positive</strong>: an antibody was found. If it fits "
            "your symptoms, it helps confirm the type of AE. It also guides "
            "which other tests are needed, such as a tumor check.</li>"
            "<li><strong>Negative</strong>: no known antibody was found. You "
            "can still have AE. Some people have antibodies that tests cannot "
            "yet find. This is called <strong>antibody-negative</strong> or "
            "seronegative AE.</li>"
            "<li><strong>Low or unclear</strong>: a weak result may not be the "
            "cause of your symptoms. Your team will weigh it with the rest of "
            "the picture.</li>"
            "</ul>"
            "<h2>Why treatment may start before results</h2>"
            "<p>Waiting weeks for results can delay care. Experts advise that "
            "doctors can start treatment when the signs and other tests point "
            "to AE. Early treatment is linked to better recovery.</p>"
            "<h2>Repeat tests</h2>"
            "<p>Antibody levels do not always match how you feel. Many people "
            "still have antibodies after they have recovered. So doctors go by "
            "your symptoms more than by the numbers. Ask your team how they "
            "will use your results.</p>"
        ),
        "also_asked": [
            "my antibody test was negative but the doctor still says AE",
            "how long do encephalitis antibody results take",
            "blood test for autoimmune encephalitis",
            "what does NMDA antibody positive in CSF mean",
        ],
        "sources": [GRAUS_2016, DALMAU_GRAUS_2018, GRAUS_GAD_2020],
        "related": [
            "lumbar-puncture",
            "lgi1-caspr2-and-gad65-antibodies",
            "looking-for-a-tumor",
            "first-line-and-second-line-treatment",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-03-23",
        "next_review_due": "2027-09-23",
    },
    {
        "slug": "looking-for-a-tumor",
        "category": "tests-and-diagnosis",
        "question": "Why are doctors checking me for a tumor?",
        "short_answer": (
            "Some types of AE are set off by a tumor, which is often not "
            "cancer. Finding and removing it can help recovery, so doctors "
            "check even when it is unlikely."
        ),
        "answer": (
            '<p>Hearing the word "tumor" can be very scary. Please know that '
            "checking does not mean your team thinks you have cancer. It is a "
            "normal part of care in autoimmune encephalitis (AE).</p>"
            "<h2>Why a tumor can cause AE</h2>"
            "<p>Some tumors contain tissue that looks like nerve tissue. The "
            "immune system may attack the tumor. Then it attacks the brain "
            "too, by mistake. Removing the tumor takes away the trigger.</p>"
            "<h2>Which tumors?</h2>"
            "<ul>"
            "<li>In anti-NMDA receptor encephalitis, some young women have an "
            "<strong>ovarian teratoma</strong>. This is a growth on the ovary. "
            "It is usually not cancer.</li>"
            "<li>In CASPR2 illness, a rare growth in the chest called a "
            "<strong>thymoma</strong> is sometimes found.</li>"
            "<li>Some rarer antibody types are linked to cancers, such as some "
            "lung cancers. Your team will tell you if this applies to "
            "you.</li>"
            "</ul>"
            "<p>Many people with AE have no tumor at all.</p>"
            "<h2>Tests you may have</h2>"
            "<ul>"
            "<li>Ultrasound of the pelvis, or of the testicles in men.</li>"
            "<li>MRI of the pelvis.</li>"
            "<li>CT scan of the chest, belly and pelvis.</li>"
            "<li>Sometimes a PET scan, which shows very active tissue.</li>"
            "</ul>"
            "<p>The tests chosen depend on your age, sex and antibody "
            "type.</p>"
            "<h2>If a tumor is found</h2>"
            "<p>Surgery to remove it is usually advised as soon as it is safe. "
            "In anti-NMDA receptor encephalitis, removing a teratoma is linked "
            "to better recovery and fewer relapses. Your team will explain the "
            "surgery and what it means for things like fertility.</p>"
            "<h2>If nothing is found</h2>"
            "<p>For some antibody types, doctors may repeat checks over the "
            "next few years. This is because a small tumor can be hard to "
            "find at first. Ask your team how long checks should go on for "
            "you.</p>"
        ),
        "also_asked": [
            "why are they scanning my ovaries for encephalitis",
            "does autoimmune encephalitis mean I have cancer",
            "what is an ovarian teratoma",
            "CT scan to look for tumor encephalitis",
        ],
        "sources": [DALMAU_2008, TITULAER_2013, DALMAU_GRAUS_2018],
        "related": [
            "what-is-anti-nmda-receptor-encephalitis",
            "antibody-tests",
            "relapse",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-05-12",
        "next_review_due": "2027-11-12",
    },
    # ------------------------------------------------------------------
    # Treatment
    # ------------------------------------------------------------------
    {
        "slug": "first-line-and-second-line-treatment",
        "category": "treatment",
        "question": "What do first-line and second-line treatment mean?",
        "short_answer": (
            "First-line treatments are the ones doctors try first: steroids, "
            "IVIG and plasma exchange. Second-line treatments, such as "
            "rituximab, are added when the first ones are not enough."
        ),
        "answer": (
            "<p>Treatment for autoimmune encephalitis (AE) aims to calm the "
            "immune system. Doctors call this <strong>immunotherapy</strong>. "
            "They often talk about lines of treatment.</p>"
            "<h2>First-line treatment</h2>"
            "<p>These are the usual first treatments. Doctors often start "
            "them quickly, sometimes before all test results are back.</p>"
            "<ul>"
            "<li><strong>Steroids</strong>: strong medicines that calm "
            "swelling. Often given through a vein for 3 to 5 days.</li>"
            "<li><strong>IVIG</strong>: antibodies from healthy donors, given "
            "through a vein over several days.</li>"
            "<li><strong>Plasma exchange</strong>: a machine removes the "
            "liquid part of the blood, which holds the harmful "
            "antibodies.</li>"
            "</ul>"
            "<p>These are often used together or one after another.</p>"
            "<h2>Second-line treatment</h2>"
            "<p>If someone does not improve enough after first-line treatment, "
            "doctors may add second-line treatment. This often happens after "
            "about two to four weeks. The main options are:</p>"
            "<ul>"
            "<li><strong>Rituximab</strong>: lowers the cells that grow into "
            "antibody-making cells.</li>"
            "<li><strong>Cyclophosphamide</strong>: a strong medicine that "
            "slows down the immune system.</li>"
            "</ul>"
            "<p>In a large study of anti-NMDA receptor encephalitis, people "
            "who did not improve with first-line treatment did better with "
            "second-line treatment than without it. It also lowered the chance "
            "of relapse. Some doctors now start rituximab earlier.</p>"
            "<h2>Longer-term treatment</h2>"
            "<p>Some people need treatment for months or years. Examples are "
            "slowly lowering doses of steroids, repeat IVIG, repeat rituximab, "
            "or tablets such as mycophenolate or azathioprine. This depends on "
            "the type of AE and how you respond.</p>"
            "<h2>Other care</h2>"
            "<ul>"
            "<li>Removing a tumor, if one is found.</li>"
            "<li>Seizure medicines.</li>"
            "<li>Medicines for agitation, sleep or movements.</li>"
            "<li>Rehab: physical, occupational and speech therapy.</li>"
            "</ul>"
            "<h2>Questions to ask your team</h2>"
            "<ul>"
            "<li>Which treatment do you suggest, and why?</li>"
            "<li>How will we know if it is working?</li>"
            "<li>What side effects should I watch for?</li>"
            "<li>What is the plan if it does not work?</li>"
            "</ul>"
        ),
        "also_asked": [
            "what is first line treatment for autoimmune encephalitis",
            "the steroids didn't work what next",
            "why do they want to give rituximab now",
            "treatment options for AE",
        ],
        "sources": [TITULAER_2013, GRAUS_2016, DALMAU_GRAUS_2018],
        "related": ["steroids", "ivig", "plasma-exchange", "rituximab"],
        "reviewer": 1,
        "reviewed_on": "2026-06-01",
        "next_review_due": "2027-06-01",
    },
    {
        "slug": "steroids",
        "category": "treatment",
        "question": "How do steroids treat autoimmune encephalitis?",
        "short_answer": (
            "Steroids are strong medicines that calm the immune system and "
            "reduce swelling. They are often the first treatment. They work "
            "well but can have side effects, so your team will watch you "
            "closely."
        ),
        "answer": (
            "<p>The steroids used in autoimmune encephalitis (AE) are called "
            "<strong>corticosteroids</strong>. They are copies of a hormone "
            "your body makes. They are not the same as the steroids some "
            "athletes misuse to build muscle.</p>"
            "<h2>How they help</h2>"
            "<p>Steroids calm the immune system. They reduce swelling in the "
            "brain and slow down the attack on nerve cells.</p>"
            "<h2>How they are given</h2>"
            "<ul>"
            "<li>Often as a high dose through a vein (IV) once a day for 3 to "
            "5 days. A common medicine is methylprednisolone.</li>"
            "<li>Then, sometimes, as tablets such as prednisone. The dose is "
            "lowered slowly over weeks or months.</li>"
            "<li>Some people get repeat IV doses, for example once a "
            "month.</li>"
            "</ul>"
            "<h2>Common side effects</h2>"
            "<ul>"
            "<li>Trouble sleeping.</li>"
            "<li>Mood changes: feeling high, irritable, anxious or low.</li>"
            "<li>Feeling hungry and gaining weight.</li>"
            "<li>Higher blood sugar. This matters a lot if you have "
            "diabetes.</li>"
            "<li>Higher blood pressure.</li>"
            "<li>Stomach upset or heartburn.</li>"
            "<li>A bitter or metal taste during IV doses.</li>"
            "</ul>"
            "<p>With long use, steroids can thin the bones, raise the risk of "
            "infections, and cause muscle weakness or eye problems. Your team "
            "may give medicines to protect your stomach and bones.</p>"
            "<h2>Important safety points</h2>"
            "<ul>"
            "<li>Do not stop steroid tablets suddenly after taking them for "
            "more than a few weeks. Your body needs time to start making its "
            "own hormone again. Stopping suddenly can make you very "
            "ill.</li>"
            "<li>Tell any doctor, dentist or nurse that you take "
            "steroids.</li>"
            "<li>Ask before getting any vaccine.</li>"
            "<li>Tell your team about fever or other signs of infection.</li>"
            "</ul>"
            "<h2>Mood changes in AE</h2>"
            "<p>Steroids can change mood. So can AE itself. It can be hard to "
            "tell which is which. Tell your team about any change in mood, "
            "sleep or behavior. If anyone has thoughts of self-harm, call or "
            "text 988. In an emergency, call 911.</p>"
        ),
        "also_asked": [
            "side effects of IV steroids for encephalitis",
            "methylprednisolone infusion what to expect",
            "steroids making me angry and hungry",
            "can I stop prednisone on my own",
        ],
        "sources": [NHS_STEROIDS, TITULAER_2013, GRAUS_2016],
        "related": [
            "first-line-and-second-line-treatment",
            "ivig",
            "sleep-problems",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-06-09",
        "next_review_due": "2027-12-09",
    },
    {
        "slug": "ivig",
        "category": "treatment",
        "question": "What is IVIG and what should I expect?",
        "short_answer": (
            "IVIG is a treatment made from antibodies donated by thousands of "
            "healthy people. It is given through a vein and helps calm the "
            "immune attack on the brain."
        ),
        "answer": (
            "<p><strong>IVIG</strong> stands for intravenous immunoglobulin. "
            "<strong>Immunoglobulin</strong> is another word for antibodies. "
            "IVIG is made from the blood plasma of many healthy donors. It is "
            "cleaned and tested to make it safe.</p>"
            "<h2>How it helps</h2>"
            "<p>Doctors do not fully know how IVIG works. It seems to calm the "
            "immune system in several ways. One way is that it helps the body "
            "clear harmful antibodies faster. It is a first-line treatment for "
            "AE. It is often used with steroids.</p>"
            "<h2>How it is given</h2>"
            "<ul>"
            "<li>It drips into a vein through a small tube.</li>"
            "<li>A course is often given over 5 days. Each session can take "
            "several hours.</li>"
            "<li>The dose depends on your weight.</li>"
            "<li>Nurses check your pulse, blood pressure and temperature "
            "often.</li>"
            "<li>Some people get repeat doses every few weeks.</li>"
            "</ul>"
            "<h2>Common side effects</h2>"
            "<ul>"
            "<li>Headache. This is the most common one.</li>"
            "<li>Tiredness, chills, or feeling like you have the flu.</li>"
            "<li>Flushing, rash or an itchy skin.</li>"
            "<li>Nausea.</li>"
            "</ul>"
            "<p>Drinking fluids and a slower drip can help. Your team may give "
            "you medicine before the drip to prevent reactions.</p>"
            "<h2>Rare but serious side effects</h2>"
            "<ul>"
            "<li>Blood clots in the legs, lungs or brain.</li>"
            "<li>Kidney problems.</li>"
            "<li>A serious allergic reaction.</li>"
            "<li>A very bad headache with a stiff neck.</li>"
            "</ul>"
            "<p>Tell your team if you have had clots, heart or kidney problems, "
            "or a reaction to blood products before.</p>"
            "<h2>Get help fast if</h2>"
            "<ul>"
            "<li>You have chest pain or trouble breathing.</li>"
            "<li>One leg becomes swollen, warm or painful.</li>"
            "<li>You have a sudden, severe headache, weakness, or trouble "
            "speaking.</li>"
            "<li>Your face, lips or throat swell.</li>"
            "</ul>"
            "<p>Call 911 for any of these after you leave hospital.</p>"
            "<h2>When will I see a change?</h2>"
            "<p>Some people improve within days or weeks. Others need more "
            "time or another treatment. Ask your team how they will judge "
            "whether it is working.</p>"
        ),
        "also_asked": [
            "what is IVIG treatment",
            "headache after IVIG infusion",
            "immunoglobulin drip for encephalitis",
            "is IVIG made from other people's blood",
        ],
        "sources": [TITULAER_2013, DALMAU_GRAUS_2018],
        "related": [
            "first-line-and-second-line-treatment",
            "plasma-exchange",
            "steroids",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-06-18",
        "next_review_due": "2027-12-18",
    },
    {
        "slug": "plasma-exchange",
        "category": "treatment",
        "question": "What is plasma exchange (plasmapheresis)?",
        "short_answer": (
            "Plasma exchange uses a machine to remove the liquid part of your "
            "blood, which carries the harmful antibodies, and replace it. It "
            "is a first-line treatment for AE."
        ),
        "answer": (
            "<p>Blood is made of cells floating in a yellow liquid called "
            "<strong>plasma</strong>. Antibodies travel in the plasma. "
            "<strong>Plasma exchange</strong> removes your plasma and replaces "
            "it. This takes many of the harmful antibodies out of your blood. "
            "It is also called <strong>plasmapheresis</strong> or PLEX.</p>"
            "<h2>How it is done</h2>"
            "<ul>"
            "<li>Blood flows from a vein into a machine.</li>"
            "<li>The machine separates the plasma from the blood cells.</li>"
            "<li>Your blood cells are returned to you with a replacement "
            "fluid. This is usually a protein called albumin, or donor "
            "plasma.</li>"
            "<li>Each session takes about 2 to 4 hours.</li>"
            "<li>A course is often 5 to 7 sessions over about 2 weeks.</li>"
            "</ul>"
            "<p>You usually need a larger tube called a <strong>central "
            "line</strong>. It is placed in a big vein in the neck, chest or "
            "groin. This is done with numbing medicine.</p>"
            "<h2>Side effects</h2>"
            "<ul>"
            "<li>Feeling dizzy or faint from low blood pressure.</li>"
            "<li>Tingling around the mouth or in the fingers, or muscle "
            "cramps. This is from low calcium and is easy to treat. Tell the "
            "nurse at once.</li>"
            "<li>Feeling tired after sessions.</li>"
            "<li>Bleeding or bruising, because some clotting proteins are "
            "removed for a while.</li>"
            "<li>Infection or clots linked to the central line.</li>"
            "<li>Rarely, an allergic reaction to donor plasma.</li>"
            "</ul>"
            "<h2>Things to know</h2>"
            "<ul>"
            "<li>Plasma exchange also removes some medicines from the blood. "
            "Your team will plan the timing of your other doses.</li>"
            "<li>If you are having IVIG too, it is usually given after plasma "
            "exchange, not before.</li>"
            "<li>It may not suit people who are very unwell, restless, or have "
            "unstable blood pressure. Your team will weigh this.</li>"
            "</ul>"
            "<h2>Tell your team if</h2>"
            "<ul>"
            "<li>The line site is red, hot, painful or leaking.</li>"
            "<li>You have a fever or chills.</li>"
            "<li>You bleed more than usual.</li>"
            "</ul>"
            "<p>Call 911 if you have chest pain, trouble breathing, or "
            "heavy bleeding.</p>"
        ),
        "also_asked": [
            "what is plasmapheresis",
            "PLEX treatment for encephalitis what happens",
            "tingling lips during plasma exchange",
            "do they take all my blood out",
        ],
        "sources": [GRAUS_2016, TITULAER_2013, DALMAU_GRAUS_2018],
        "related": ["ivig", "first-line-and-second-line-treatment", "steroids"],
        "reviewer": 1,
        "reviewed_on": "2026-07-07",
        "next_review_due": "2028-01-07",
    },
    {
        "slug": "rituximab",
        "category": "treatment",
        "question": "What is rituximab and why is it used for autoimmune encephalitis?",
        "short_answer": (
            "Rituximab is a medicine that lowers the immune cells that grow "
            "into antibody-making cells. It is used when first treatments are "
            "not enough, and it can lower the chance of relapse."
        ),
        "answer": (
            "<p><strong>Rituximab</strong> is a medicine given through a vein. "
            "It is a lab-made antibody. It sticks to a type of white blood "
            "cell called a <strong>B cell</strong> and removes it. B cells "
            "grow into the cells that make antibodies. With fewer B cells, the "
            "body makes fewer new harmful antibodies.</p>"
            "<h2>When it is used</h2>"
            "<ul>"
            "<li>When first-line treatment has not helped enough. This makes "
            "it a second-line treatment.</li>"
            "<li>To lower the chance of the illness coming back.</li>"
            "<li>Sometimes earlier, in severe illness.</li>"
            "</ul>"
            "<p>Rituximab was first made for some blood cancers and "
            "rheumatoid arthritis. In many countries, it is not officially "
            "approved for AE. Doctors use it for AE based on studies and "
            "expert experience. This is common and accepted practice.</p>"
            "<h2>How it is given</h2>"
            "<ul>"
            "<li>It drips slowly into a vein over several hours.</li>"
            "<li>A common plan is two doses two weeks apart, or one dose a "
            "week for four weeks.</li>"
            "<li>You may get medicines first to prevent a reaction.</li>"
            "<li>Some people get repeat doses, often every 6 months.</li>"
            "</ul>"
            "<p>It takes weeks to work. Do not expect a change right away.</p>"
            "<h2>Before you start</h2>"
            "<p>You will have a blood test for hepatitis B. Rituximab can wake "
            "up an old hepatitis B infection. Ask about vaccines. It is best "
            "to get needed vaccines before treatment. Live vaccines should be "
            "avoided during treatment.</p>"
            "<h2>Side effects</h2>"
            "<ul>"
            "<li>A reaction during the drip: fever, chills, rash, itching, or "
            "low blood pressure. Nurses watch for this and can slow the "
            "drip.</li>"
            "<li>A higher chance of infections for months after.</li>"
            "<li>Vaccines may work less well.</li>"
            "<li>Rarely, serious infections, including a rare brain "
            "infection.</li>"
            "</ul>"
            "<h2>Get help if</h2>"
            "<ul>"
            "<li>You have a fever, cough, or burning when you pee: call your "
            "team the same day.</li>"
            "<li>You have new confusion, weakness or trouble speaking: get "
            "help at once.</li>"
            "<li>You have trouble breathing or swelling of the face or "
            "throat: call 911.</li>"
            "</ul>"
        ),
        "also_asked": [
            "why are they giving me a cancer drug for encephalitis",
            "rituximab side effects infections",
            "how long does rituximab take to work",
            "second line treatment rituximab AE",
        ],
        "sources": [TITULAER_2013, DALMAU_GRAUS_2018, DALMAU_2019],
        "related": [
            "first-line-and-second-line-treatment",
            "relapse",
            "ivig",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-07-21",
        "next_review_due": "2027-07-21",
    },
    # ------------------------------------------------------------------
    # Recovery and living with AE
    # ------------------------------------------------------------------
    {
        "slug": "recovery-timeline",
        "category": "recovery",
        "question": "How long does recovery from autoimmune encephalitis take?",
        "short_answer": (
            "Recovery is usually slow and can take many months to two years or "
            "more. Many people improve a great deal, and improvement often "
            "keeps going long after leaving hospital."
        ),
        "answer": (
            "<p>Everyone's recovery is different. It depends on the type of "
            "AE, how sick the person was, and how quickly treatment started. "
            "Here is what is common. Your care team can tell you more about "
            "your own case.</p>"
            "<h2>The first weeks</h2>"
            "<p>Treatment starts in hospital. Some people need intensive care. "
            "Improvement may take weeks to show. This waiting is very hard for "
            "families. A slow start does not mean recovery will not come.</p>"
            "<h2>The first months</h2>"
            "<ul>"
            "<li>Many people go to a rehab unit or have therapy at home.</li>"
            "<li>Movement, speech and daily skills often improve first.</li>"
            "<li>Tiredness is very common.</li>"
            "<li>Memory, attention and mood may still be affected.</li>"
            "</ul>"
            "<h2>The first two years</h2>"
            "<p>In anti-NMDA receptor encephalitis, about 8 in 10 people reach "
            "a good recovery. In a large study, many more were doing well at "
            "two years than at one year. So improvement can keep going for a "
            "long time. Thinking skills, energy and confidence are often the "
            "last to recover.</p>"
            "<p>People with LGI1 encephalitis often improve well too. But some "
            "are left with memory problems.</p>"
            "<h2>Things linked to better recovery</h2>"
            "<ul>"
            "<li>Starting treatment early.</li>"
            "<li>Not needing intensive care.</li>"
            "<li>Improving within the first month of treatment.</li>"
            "<li>Removing a tumor, if there is one.</li>"
            "</ul>"
            "<p>These are patterns across many people. They cannot predict "
            "what will happen to one person.</p>"
            "<h2>Helping recovery</h2>"
            "<ul>"
            "<li>Go to follow-up visits and rehab sessions.</li>"
            "<li>Rest often. Slowly build up activity.</li>"
            "<li>Keep a diary of progress. Small steps add up.</li>"
            "<li>Ask for help with mood and feelings.</li>"
            "<li>Connect with other patients and families.</li>"
            "</ul>"
            "<h2>Call your team if</h2>"
            "<p>Symptoms come back or get worse after you were improving. This "
            "could be a relapse, and early treatment helps.</p>"
        ),
        "also_asked": [
            "how long to recover from anti NMDA encephalitis",
            "will I ever be normal again after encephalitis",
            "recovery time autoimmune encephalitis",
            "it's been 6 months and I'm still not myself",
        ],
        "sources": [TITULAER_2013, BALU_2019, DALMAU_2019],
        "related": [
            "relapse",
            "memory-and-thinking-problems",
            "returning-to-work-or-school",
            "looking-after-yourself-as-a-carer",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-08-04",
        "next_review_due": "2028-02-04",
    },
    {
        "slug": "relapse",
        "category": "recovery",
        "question": "Can autoimmune encephalitis come back?",
        "short_answer": (
            "Yes, it can come back. This is called a relapse. It happens in "
            "some people, often within the first two years. Relapses are often "
            "milder and can be treated, so tell your team early."
        ),
        "answer": (
            "<p>A <strong>relapse</strong> is when the illness becomes active "
            "again after a time of being stable or better. It can bring back "
            "old symptoms or cause new ones.</p>"
            "<h2>How common is it?</h2>"
            "<p>It depends on the type of AE. In anti-NMDA receptor "
            "encephalitis, about 1 in 8 people had a relapse within two years "
            "in a large study. Relapses were less common in people who had "
            "second-line treatment, and in people whose tumor was removed. "
            "Relapses can also happen in other types, such as LGI1.</p>"
            "<h2>Signs to watch for</h2>"
            "<ul>"
            "<li>Sleep changes, such as not sleeping again.</li>"
            "<li>Changes in mood or behavior.</li>"
            "<li>New confusion or memory loss.</li>"
            "<li>New or more seizures or jerks.</li>"
            "<li>New odd movements or trouble speaking.</li>"
            "</ul>"
            "<p>Families often notice small changes first. Trust that "
            "feeling, and call the team.</p>"
            "<h2>Not every bad day is a relapse</h2>"
            "<p>Many things can make symptoms flare for a short time:</p>"
            "<ul>"
            "<li>An infection, such as a cold or a bladder infection.</li>"
            "<li>Poor sleep, stress or overdoing things.</li>"
            "<li>Changes to medicines.</li>"
            "</ul>"
            "<p>These flares usually pass as the cause is fixed. Your team can "
            "help tell the difference.</p>"
            "<h2>What happens if you relapse</h2>"
            "<p>Your team may repeat tests such as an EEG, MRI or lumbar "
            "puncture. They will likely restart or change immune treatment. "
            "Many relapses are milder than the first illness and respond "
            "well.</p>"
            "<h2>Lowering the risk</h2>"
            "<ul>"
            "<li>Take your medicines as prescribed. Do not stop or lower them "
            "without your team.</li>"
            "<li>Go to follow-up visits and tumor checks if advised.</li>"
            "<li>Keep a simple symptom diary.</li>"
            "<li>Have a written plan: who to call, and what to say.</li>"
            "</ul>"
            "<h2>Get help fast if</h2>"
            "<p>Call 911 for a seizure lasting more than 5 minutes, trouble "
            "breathing, or if someone cannot be woken.</p>"
        ),
        "also_asked": [
            "can anti NMDA come back",
            "my symptoms are coming back is it a relapse",
            "how often does autoimmune encephalitis relapse",
            "she stopped sleeping again is the encephalitis back",
        ],
        "sources": [TITULAER_2013, DALMAU_2019, GRAUS_2016],
        "related": ["recovery-timeline", "rituximab", "sleep-problems", "looking-for-a-tumor"],
        "reviewer": 1,
        "reviewed_on": "2026-08-19",
        "next_review_due": "2027-08-19",
    },
    {
        "slug": "returning-to-work-or-school",
        "category": "recovery",
        "question": "When can I go back to work or school after autoimmune encephalitis?",
        "short_answer": (
            "There is no set time. Most people do best with a slow, planned "
            "return with changes to their work or school day. Talk with your "
            "care team before you start."
        ),
        "answer": (
            "<p>Going back to work or school is a big step. Many people want "
            "to return quickly. But tiredness and thinking problems can last "
            "longer than other symptoms. A careful plan helps you succeed.</p>"
            "<h2>Signs you may be ready</h2>"
            "<ul>"
            "<li>You can manage a full day of home tasks without being worn "
            "out.</li>"
            "<li>You can focus on a task for a good stretch of time.</li>"
            "<li>Your seizures and mood are well controlled.</li>"
            "<li>Your care team agrees.</li>"
            "</ul>"
            "<p>Tests with a neuropsychologist can show your strengths and "
            "weak spots. This helps plan what support you need.</p>"
            "<h2>A slow start</h2>"
            "<ul>"
            "<li>Start with short days or a few days a week.</li>"
            "<li>Begin with simpler tasks.</li>"
            "<li>Build up over weeks or months.</li>"
            "<li>Plan rest breaks.</li>"
            "</ul>"
            "<h2>Changes that can help at work</h2>"
            "<ul>"
            "<li>Flexible hours or working from home some days.</li>"
            "<li>A quiet place to work.</li>"
            "<li>Written instructions and checklists.</li>"
            "<li>Fewer tasks at once.</li>"
            "</ul>"
            "<p>In the US, the Americans with Disabilities Act (ADA) may give "
            "you the right to reasonable changes at work. The Job "
            "Accommodation Network offers free advice. You choose how much to "
            "tell your employer about your illness.</p>"
            "<h2>School and college</h2>"
            "<p>Children and teens may need a plan at school. In the US, this "
            "can be a 504 plan or an IEP. These can give extra time on tests, "
            "rest breaks, a shorter day, or help with notes. Colleges have "
            "disability services offices. Share reports from your care team "
            "with the school.</p>"
            "<h2>Driving</h2>"
            "<p>If you have had seizures, or if your thinking is affected, ask "
            "your doctor before you drive. State laws set rules about driving "
            "after seizures.</p>"
            "<h2>Be kind to yourself</h2>"
            "<p>Setbacks are normal. If you feel much worse, step back a "
            "little and talk to your team. New or returning symptoms can be a "
            "sign of relapse, so report them.</p>"
        ),
        "also_asked": [
            "when can I go back to work after encephalitis",
            "my teenager is going back to school after AE what support",
            "can I drive after autoimmune encephalitis",
            "too tired to work after brain inflammation",
        ],
        "sources": [JAN, TITULAER_2013],
        "related": [
            "memory-and-thinking-problems",
            "recovery-timeline",
            "seizures-in-autoimmune-encephalitis",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-09-08",
        "next_review_due": "2028-03-08",
    },
    # ------------------------------------------------------------------
    # For families and carers
    # ------------------------------------------------------------------
    {
        "slug": "looking-after-yourself-as-a-carer",
        "category": "carers",
        "question": "How do I look after myself while caring for someone with AE?",
        "short_answer": (
            "Caring for someone with AE is hard, and your health matters too. "
            "Rest, accept help, talk about how you feel, and reach out for "
            "support early."
        ),
        "answer": (
            "<p>When someone you love has autoimmune encephalitis (AE), life "
            "can turn upside down. You may spend long days at the hospital. "
            "You may see the person act in ways that scare you. Later, you may "
            "help with care at home for months. It is normal to feel tired, "
            "scared, angry, sad or guilty. These feelings do not make you a bad "
            "carer.</p>"
            "<h2>Look after your body</h2>"
            "<ul>"
            "<li>Try to sleep, even if only in short blocks.</li>"
            "<li>Eat regular meals and drink water.</li>"
            "<li>Take short walks or get fresh air.</li>"
            "<li>Keep your own doctor visits and take your own medicines.</li>"
            "</ul>"
            "<h2>Share the load</h2>"
            "<ul>"
            "<li>Make a list of jobs others can do: meals, rides, pet care, "
            "school pick-ups.</li>"
            "<li>Choose one person to send updates to everyone else.</li>"
            "<li>Take turns at the hospital with family or friends.</li>"
            "<li>Ask the social worker about respite care and support at "
            "home.</li>"
            "</ul>"
            "<h2>Keep things organized</h2>"
            "<ul>"
            "<li>Keep one folder or notebook for test results, medicines and "
            "questions.</li>"
            "<li>Write down questions before talking to the team.</li>"
            "<li>Ask the team to explain again if something is not "
            "clear.</li>"
            "</ul>"
            "<h2>Look after your feelings</h2>"
            "<ul>"
            "<li>Talk to someone you trust about how you feel.</li>"
            "<li>Join a support group. Meeting other families can help a "
            "lot.</li>"
            "<li>Ask your doctor about counseling if you feel low or anxious "
            "for a long time.</li>"
            "<li>Allow yourself moments of joy. It is okay to laugh.</li>"
            "</ul>"
            "<h2>Signs you need more help</h2>"
            "<ul>"
            "<li>You feel hopeless or numb most of the time.</li>"
            "<li>You cannot sleep even when you have the chance.</li>"
            "<li>You feel angry all the time or afraid you might lose "
            "control.</li>"
            "<li>You are drinking more or using other things to cope.</li>"
            "</ul>"
            "<p>If you have thoughts of harming yourself, call or text 988, the "
            "Suicide &amp; Crisis Lifeline. If anyone is in danger, call "
            "911.</p>"
            "<p>Looking after yourself is not selfish. It helps you keep going "
            "for the person you care for.</p>"
        ),
        "also_asked": [
            "I'm exhausted caring for my wife with encephalitis",
            "how to cope when your child has autoimmune encephalitis",
            "carer burnout help",
            "I feel guilty for needing a break",
        ],
        "sources": [MEDLINEPLUS_CAREGIVERS, ENCEPHALITIS_INTERNATIONAL, LIFELINE_988],
        "related": [
            "talking-to-children",
            "helping-during-a-seizure",
            "recovery-timeline",
            "psychiatric-symptoms",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-09-22",
        "next_review_due": "2027-09-22",
    },
    {
        "slug": "helping-during-a-seizure",
        "category": "carers",
        "question": "How can I help someone during a seizure?",
        "short_answer": (
            "Stay calm, keep them safe, time the seizure, and turn them on "
            "their side. Never put anything in their mouth. Call 911 if the "
            "seizure lasts more than 5 minutes."
        ),
        "answer": (
            "<p>Seeing a seizure can be very frightening. Most seizures stop "
            "on their own within a few minutes. Your job is to keep the person "
            "safe until it ends.</p>"
            "<h2>During a seizure with shaking</h2>"
            "<ol>"
            "<li><strong>Stay calm and stay with them.</strong></li>"
            "<li><strong>Check the time.</strong> Note when it started.</li>"
            "<li><strong>Protect them.</strong> Ease them to the floor. Move "
            "hard or sharp things away. Put something soft under their "
            "head.</li>"
            "<li><strong>Loosen</strong> anything tight around the neck. "
            "Remove glasses.</li>"
            "<li><strong>Turn them onto their side</strong> if you can. This "
            "helps keep the airway clear.</li>"
            "<li>If they have a rescue medicine plan, follow it.</li>"
            "</ol>"
            "<h2>Do not</h2>"
            "<ul>"
            "<li>Do not hold them down or try to stop the movements.</li>"
            "<li>Do not put anything in their mouth. They cannot swallow their "
            "tongue.</li>"
            "<li>Do not give food or drink until they are fully awake.</li>"
            "</ul>"
            "<h2>Call 911 if</h2>"
            "<ul>"
            "<li>The seizure lasts more than 5 minutes.</li>"
            "<li>Another seizure starts before they wake up.</li>"
            "<li>They have trouble breathing, or do not wake up after.</li>"
            "<li>They are hurt, or the seizure happened in water.</li>"
            "<li>It is their first seizure.</li>"
            "<li>They are pregnant or have diabetes.</li>"
            "<li>You are worried or unsure.</li>"
            "</ul>"
            "<h2>Seizures without shaking</h2>"
            "<p>Some seizures look like staring, confusion, or wandering. "
            "Stay with the person. Gently guide them away from danger, such as "
            "traffic or stairs. Speak calmly. Do not grab them.</p>"
            "<h2>After the seizure</h2>"
            "<ul>"
            "<li>Keep them on their side until they are awake.</li>"
            "<li>Check their breathing.</li>"
            "<li>Stay with them. They may be confused, sleepy or upset.</li>"
            "<li>Tell them calmly what happened.</li>"
            "</ul>"
            "<h2>Write it down</h2>"
            "<p>Note the time, how long it lasted, and what it looked like. A "
            "phone video can help the doctor, if it is safe to take one. "
            "Share this with the care team.</p>"
            "<p>Ask the care team for a written seizure plan. It should say "
            "what to do, and when to give any rescue medicine.</p>"
        ),
        "also_asked": [
            "what to do if my husband has a seizure",
            "seizure first aid steps",
            "should I put something in his mouth during a fit",
            "when to call ambulance for seizure",
        ],
        "sources": [CDC_SEIZURE_FIRST_AID, EPILEPSY_FOUNDATION_FIRST_AID, GLAUSER_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "what-is-myoclonus",
            "looking-after-yourself-as-a-carer",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-10-06",
        "next_review_due": "2027-10-06",
    },
    {
        "slug": "talking-to-children",
        "category": "carers",
        "question": "How do I talk to my children about their parent's illness?",
        "short_answer": (
            "Tell children the truth in simple words that fit their age. Let "
            "them know it is not their fault, it is not catching, and they "
            "will be looked after. Keep talking as things change."
        ),
        "answer": (
            "<p>When a parent has autoimmune encephalitis (AE), children notice "
            "that something is wrong. They may see the parent act strangely or "
            "be in hospital for a long time. Children cope better when adults "
            "tell them the truth in a way they can understand.</p>"
            "<h2>What to say</h2>"
            "<p>Use simple, honest words. For example:</p>"
            "<ul>"
            '<li>"Mom has an illness called encephalitis. Her brain is '
            'swollen."</li>'
            "<li>\"Our body has a team that fights germs. In Mom's body, that "
            'team made a mistake and is hurting her brain."</li>'
            '<li>"The doctors are giving her medicine to stop the '
            'mistake."</li>'
            '<li>"Sometimes the illness makes her say or do things that are '
            'not like her. That is the illness, not Mom."</li>'
            "</ul>"
            "<h2>What children often need to hear</h2>"
            "<ul>"
            "<li>It is not your fault. Nothing you did or thought caused "
            "it.</li>"
            "<li>You cannot catch it.</li>"
            "<li>You will be looked after. Tell them who will take them to "
            "school and put them to bed.</li>"
            "<li>All feelings are okay: sad, angry, scared or even bored.</li>"
            "</ul>"
            "<h2>By age</h2>"
            "<ul>"
            "<li><strong>Young children</strong> need short, simple answers "
            "and lots of comfort. Keep routines the same as much as you "
            "can.</li>"
            "<li><strong>School-age children</strong> may want to know how the "
            "brain works. Drawings and books can help.</li>"
            "<li><strong>Teens</strong> may want more detail. They may also "
            "try to take on too much. Let them help, but remind them they are "
            "still young.</li>"
            "</ul>"
            "<h2>Hospital visits</h2>"
            "<p>Before a visit, tell them what they will see: tubes, machines, "
            "or a parent who may not know them. Keep visits short. Let them "
            "choose whether to go. Many hospitals have child life specialists "
            "who can help.</p>"
            "<h2>Keep talking</h2>"
            "<ul>"
            "<li>Children ask the same question many times. This is how they "
            "make sense of things.</li>"
            "<li>It is fine to say \"I don't know, but I'll tell you when I "
            'do."</li>'
            "<li>Tell teachers, so they can support your child.</li>"
            "</ul>"
            "<h2>When to get extra help</h2>"
            "<p>Talk to your child's doctor or a counselor if your child is "
            "very withdrawn, has sleep or eating problems for weeks, or talks "
            "about harming themselves. In a crisis, call or text 988.</p>"
        ),
        "also_asked": [
            "how do I explain encephalitis to my kids",
            "what do I tell my 6 year old about dad being in hospital",
            "my children are scared of their mother since she got sick",
            "talking to kids about a parent's brain illness",
        ],
        "sources": [MEDLINEPLUS_CAREGIVERS, ENCEPHALITIS_INTERNATIONAL, AE_ALLIANCE],
        "related": [
            "looking-after-yourself-as-a-carer",
            "psychiatric-symptoms",
            "what-is-autoimmune-encephalitis",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-10-20",
        "next_review_due": "2028-04-20",
    },
]


PAGES: list[dict[str, str]] = [
    {
        "slug": "about",
        "title": "About us",
        "intro": (
            "The Northbridge Autoimmune Encephalitis Society is a fictional "
            "charity made up to show how patientfaq works."
        ),
        "body": (
            "<p><strong>This is demo content for patientfaq. The Northbridge "
            "Autoimmune Encephalitis Society is not a real charity.</strong> "
            "Its story, people, numbers and addresses are all invented.</p>"
            "<h2>Our story</h2>"
            "<p>In our demo story, the society was founded in 2009 by Miriam "
            "Castell and Daniel Osei-Hart. Both had children who became very "
            "ill with autoimmune encephalitis. They met in a hospital waiting "
            "room. They found there was little clear information for families. "
            "So they began writing answers to the questions they had asked "
            "themselves, and asked doctors to check them.</p>"
            "<h2>What we do</h2>"
            "<ul>"
            "<li>Publish plain-language answers, each checked by a "
            "clinician.</li>"
            "<li>Listen to the questions patients and families ask, and write "
            "new answers where there are gaps.</li>"
            "<li>Offer answers in more than one language, each one "
            "reviewed.</li>"
            "</ul>"
            "<p>We do not give personal medical advice. For questions about "
            "your own care, please talk to your doctor or care team.</p>"
            "<h2>Our status</h2>"
            "<p>In this demo, the society is a 501(c)(3) public charity in the "
            "United States. Its tax ID is 00-0000000, a placeholder. Gifts to "
            "a real 501(c)(3) charity may be tax-deductible, but no gift can "
            "be made to this demo.</p>"
            "<h2>Money and accounts</h2>"
            "<p>Financial statements are available on request. In this demo, "
            "the request form shows how a real charity could share its "
            "accounts.</p>"
            "<h2>Contact</h2>"
            "<p>Email: hello@example.org. Phone: +1 (555) 010-0199. These are "
            "placeholder details and do not reach anyone.</p>"
        ),
    },
    {
        "slug": "donate",
        "title": "Donate",
        "intro": (
            "This page shows how giving would work for a real patient "
            "charity; no money can be given to this demo."
        ),
        "body": (
            "<p><strong>This is a demo. No payment is taken and no money "
            "changes hands.</strong> The Northbridge Autoimmune Encephalitis "
            "Society is not a real charity.</p>"
            "<h2>How giving would work</h2>"
            "<p>A real patient charity using patientfaq could link this page "
            "to its own secure giving service. People could give once or every "
            "month. They would get a receipt for their records.</p>"
            "<h2>What gifts would pay for</h2>"
            "<ul>"
            "<li>Writing and updating answers.</li>"
            "<li>Paying clinicians to review every answer.</li>"
            "<li>Reviewed translations into more languages.</li>"
            "<li>Keeping the website safe, fast and easy to use.</li>"
            "</ul>"
            "<h2>Tax</h2>"
            "<p>In the United States, gifts to a 501(c)(3) public charity may "
            "be tax-deductible. The demo tax ID, 00-0000000, is a placeholder. "
            "Please do not use it on any tax form.</p>"
            "<h2>Other ways to help</h2>"
            "<ul>"
            "<li>Tell us which questions you could not find answers to.</li>"
            "<li>Share your experience to help us improve an answer.</li>"
            "<li>Tell others about reliable sources of information.</li>"
            "</ul>"
            "<p>To ask for our financial statements, use the request form in "
            "the footer. In this demo, requests are stored for staff but no "
            "real accounts exist.</p>"
        ),
    },
    {
        "slug": "advisory-board",
        "title": "Advisory board",
        "intro": (
            "The clinicians and advisors who check our answers; all of them "
            "are invented for this demo."
        ),
        "body": (
            "<p><strong>Everyone on this page is a fictional person made up "
            "for the patientfaq demo.</strong> Any likeness to a real person "
            "is by chance.</p>"
            "<h2>Clinical reviewers</h2>"
            "<p>These clinicians check medical answers before we publish them. "
            "They check them again when a review is due.</p>"
            "<ul>"
            "<li><strong>Dr. Amara Okafor</strong>, MD, neurologist. Reviews "
            "answers about seizures, movement problems, tests and "
            "recovery.</li>"
            "<li><strong>Dr. Henrik Valdés</strong>, MD, PhD, "
            "neuroimmunologist. Reviews answers about antibodies, immune "
            "treatments and relapse.</li>"
            "<li><strong>Dr. Leena Marwick</strong>, PsyD, clinical "
            "neuropsychologist. Reviews answers about memory, mood, behavior, "
            "carers and returning to work or school.</li>"
            "</ul>"
            "<h2>Lived-experience advisors</h2>"
            "<ul>"
            "<li><strong>Rosa Delgado-Finch</strong>, patient advisor. In our "
            "demo story, she recovered from LGI1 encephalitis. She checks that "
            "answers are clear and kind.</li>"
            "<li><strong>Samuel Idowu</strong>, carer advisor. In our demo "
            "story, he cared for his wife through anti-NMDA receptor "
            "encephalitis. He helps shape answers for families.</li>"
            "</ul>"
            "<h2>How advisors are chosen</h2>"
            "<p>Advisors serve for three years. Each one tells us about any money "
            "or ties to companies that could sway their views. Advisors do not "
            "check answers where they have such a tie.</p>"
        ),
    },
    {
        "slug": "editorial-policy",
        "title": "Editorial policy",
        "intro": (
            "How every answer on this site is written, checked, sourced and kept up to date."
        ),
        "body": (
            "<p>This policy is part of the patientfaq demo. It shows how a "
            "real patient charity can keep its answers safe and correct.</p>"
            "<h2>Who writes the answers</h2>"
            "<p>Every answer is written by our staff, in their own words. We "
            "write in plain language, aiming for a US grade 8 reading level or "
            "below. We explain medical words the first time we use them.</p>"
            "<h2>No machine-written medical text</h2>"
            "<p>We do not publish medical text written by a computer program "
            "or AI. Every word a patient reads was written by a person and "
            "approved by a clinician. Our site may use software to match your "
            "question to an answer, but it never writes the answer.</p>"
            "<h2>Clinical review</h2>"
            "<ul>"
            "<li>Every medical answer is reviewed by a qualified clinician "
            "before it is published.</li>"
            "<li>Each page shows who reviewed it and when.</li>"
            "<li>Each answer is reviewed again at least every two years, or "
            "sooner if the science changes.</li>"
            "<li>If a review is overdue, we fix it or take the answer "
            "down.</li>"
            "</ul>"
            "<h2>Sources</h2>"
            "<p>We base answers on trusted sources, such as research papers, "
            "medical guidelines and government health sites. We list the "
            "main sources on each page.</p>"
            "<h2>Translations</h2>"
            "<p>Each translation is written or checked by a person and "
            "reviewed like the English answer. If a translation is out of "
            "date, we say so and link to the current version.</p>"
            "<h2>Independence</h2>"
            "<p>We do not accept money that would let anyone shape our "
            "answers. We do not advertise products.</p>"
            "<h2>Corrections</h2>"
            "<p>If you find a mistake, please tell us at hello@example.org. We "
            "check every report. In this demo, that address is a "
            "placeholder.</p>"
        ),
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "We want everyone to be able to use this site, including people "
            "who are tired, have low vision or use assistive technology."
        ),
        "body": (
            "<p>This statement is part of the patientfaq demo.</p>"
            "<h2>Our aim</h2>"
            "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) "
            "2.2 at level AA. These are international rules for making "
            "websites usable by people with disabilities.</p>"
            "<h2>What you can do on this site</h2>"
            "<ul>"
            "<li>Make the text bigger with the text size control, or with your "
            "browser zoom up to 400 percent.</li>"
            "<li>Switch to high contrast colors.</li>"
            "<li>Use the whole site with a keyboard only.</li>"
            "<li>Use a screen reader. Pages use clear headings and labels.</li>"
            "<li>Read a short answer first, before the full answer.</li>"
            "<li>Print any answer in a clean layout to take to your "
            "doctor.</li>"
            "<li>Read answers in more than one language.</li>"
            "</ul>"
            "<h2>Plain language</h2>"
            "<p>We write at about a US grade 8 reading level or below. We use "
            "short sentences and explain medical words.</p>"
            "<h2>Known problems</h2>"
            "<p>Some older documents, such as financial statements in PDF "
            "form, may not be fully accessible. Ask us for another format and "
            "we will help.</p>"
            "<h2>Report a problem</h2>"
            "<p>If something on this site is hard to use, please tell us. "
            "Email hello@example.org or call +1 (555) 010-0199. Tell us the "
            "page, what you were trying to do, and what device or assistive "
            "technology you use. We aim to reply within 5 working days. In "
            "this demo, these contact details are placeholders.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": ("What happens to the questions you type, and what we do not collect."),
        "body": (
            "<p>This privacy notice is part of the patientfaq demo.</p>"
            "<h2>Questions you ask</h2>"
            "<ul>"
            "<li>You do not need an account to ask a question.</li>"
            "<li>We store the words of your question so we can find gaps in "
            "our answers.</li>"
            "<li>We do not store your IP address with your question, and we do "
            "not link it to an account.</li>"
            "<li>Questions are kept for 90 days and then deleted.</li>"
            "<li>After that, we keep only counts, such as how many people "
            "asked about a topic.</li>"
            "</ul>"
            "<p>Please do not type your name, address or other personal "
            "details into the question box.</p>"
            "<h2>Email</h2>"
            "<p>We only email you if you ask us to, for example to get an "
            "answer when it is ready. We use your email address only for that "
            "purpose. You can ask us to delete it at any time.</p>"
            "<h2>Cookies</h2>"
            "<p>We use only the cookies needed to run the site, such as your "
            "language and text size choices. We do not use advertising "
            "cookies.</p>"
            "<h2>Sharing</h2>"
            "<p>We do not sell or share your information with advertisers.</p>"
            "<h2>Your rights</h2>"
            "<p>You can ask what we hold about you and ask us to delete it. "
            "Email hello@example.org. In this demo, that address is a "
            "placeholder.</p>"
            "<h2>Urgent help</h2>"
            "<p>We do not read questions in real time. If you need urgent "
            "help, call 911. If you are in crisis, call or text 988.</p>"
        ),
    },
]
