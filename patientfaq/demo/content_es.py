"""Spanish demo translation of the patientfaq demo content, written for the demo.

Same schema and slugs as content_en. This is a human-written Spanish version
for a fictional organisation: the Northbridge Autoimmune Encephalitis Society
does not exist, and nothing here comes from a real charity.
"""

from patientfaq.demo import content_en
from patientfaq.demo.content_en import (
    BALU_2019,
    CDC_SEIZURE_FIRST_AID,
    DALMAU_2008,
    DALMAU_2019,
    DALMAU_GRAUS_2018,
    EBERHARDT_2017,
    ENCEPHALITIS_INTERNATIONAL,
    EPILEPSY_FOUNDATION_FIRST_AID,
    GLAUSER_2016,
    GRAUS_2016,
    GRAUS_GAD_2020,
    LIFELINE_988,
    MEDLINEPLUS_CAREGIVERS,
    MEDLINEPLUS_EEG,
    MEDLINEPLUS_SEIZURES,
    NHS_EEG,
    NHS_LUMBAR_PUNCTURE,
    NHS_STEROIDS,
    NINDS_ENCEPHALITIS,
    NINDS_MYOCLONUS,
    POLLAK_2020,
    TITULAER_2013,
)

# The organisation is the same one: only the words that are translated differ.
ORGANISATION: dict[str, str | int] = {
    **content_en.ORGANISATION,
    "charity_status": "Organización benéfica pública 501(c)(3) (demo)",
    "founders": (
        "Fundada en 2009 por Miriam Castell y Daniel Osei-Hart, madre y padre "
        "de dos niños tratados por encefalitis autoinmune. Ambas personas son "
        "inventadas para esta demostración."
    ),
    "mission": (
        "Ayudamos a las personas con encefalitis autoinmune y a sus familias a "
        "encontrar respuestas claras y revisadas, y a sentirse menos solas. "
        "Este es contenido de demostración de patientfaq, no una organización "
        "benéfica real."
    ),
    "crisis_line": "988 Línea de Prevención del Suicidio y Crisis",
    "disclaimer": (
        "Este sitio ofrece solo información general de salud. No es consejo "
        "médico y no reemplaza a su médico ni a su equipo de atención. No "
        "empiece, deje ni cambie ningún tratamiento por lo que lea aquí. Si "
        "cree que alguien necesita ayuda urgente, llame al 911 ahora."
    ),
}

REVIEWERS: list[dict[str, str]] = [
    {"name": "Dr. Amara Okafor", "credential": "MD, neuróloga"},
    {"name": "Dr. Henrik Valdés", "credential": "MD, PhD, neuroinmunólogo"},
    {"name": "Dr. Leena Marwick", "credential": "PsyD, neuropsicóloga clínica"},
]

CATEGORIES: list[dict[str, str]] = [
    {
        "slug": "understanding-ae",
        "title": "Entender la encefalitis autoinmune",
        "intro": (
            "Qué es la encefalitis autoinmune, por qué ocurre y cuáles son sus "
            "tipos principales, en palabras sencillas."
        ),
    },
    {
        "slug": "symptoms",
        "title": "Síntomas y señales",
        "intro": (
            "Sacudidas, convulsiones, problemas de memoria, cambios de ánimo, "
            "problemas de sueño y más: qué son y cuándo pedir ayuda rápido."
        ),
    },
    {
        "slug": "tests-and-diagnosis",
        "title": "Pruebas y diagnóstico",
        "intro": (
            "Qué pasa durante un EEG, una resonancia magnética, una punción "
            "lumbar y las pruebas de anticuerpos, y qué pueden decir los "
            "resultados."
        ),
    },
    {
        "slug": "treatment",
        "title": "Tratamiento",
        "intro": (
            "Los medicamentos y procedimientos que calman el sistema "
            "inmunitario, cómo se dan y sus efectos secundarios comunes."
        ),
    },
    {
        "slug": "recovery",
        "title": "Recuperación y vida con EA",
        "intro": (
            "Cómo suele ser la recuperación, qué es una recaída y cómo volver "
            "al trabajo, a la escuela y a la vida diaria."
        ),
    },
    {
        "slug": "carers",
        "title": "Para familias y cuidadores",
        "intro": (
            "Ayuda para quienes cuidan a una persona con encefalitis "
            "autoinmune, incluidos los primeros auxilios en una convulsión."
        ),
    },
]


ENTRIES: list[dict[str, object]] = [
    {
        "slug": "what-is-autoimmune-encephalitis",
        "category": "understanding-ae",
        "question": "¿Qué es la encefalitis autoinmune?",
        "short_answer": (
            "La encefalitis autoinmune (EA) es una inflamación del cerebro. "
            "Ocurre cuando las defensas del cuerpo atacan por error células "
            "sanas del cerebro. Es grave, pero tiene tratamiento y muchas "
            "personas mejoran mucho."
        ),
        "answer": (
            "<p><strong>Encefalitis</strong> quiere decir inflamación del "
            "cerebro. Puede deberse a gérmenes, como los virus. Pero a veces no "
            "se encuentra ningún germen. En cambio, las defensas del cuerpo, "
            "llamadas <strong>sistema inmunitario</strong>, atacan el cerebro "
            "por error. Esto se llama <strong>encefalitis autoinmune</strong>, "
            'o EA. "Auto" quiere decir "uno mismo".</p>'
            "<h2>Qué sale mal</h2>"
            "<p>El sistema inmunitario fabrica proteínas llamadas "
            "<strong>anticuerpos</strong>. Normalmente se pegan a los gérmenes "
            "para que el cuerpo los elimine. En la EA, algunos anticuerpos se "
            "pegan a partes de células nerviosas sanas. Eso altera la forma en "
            "que las neuronas se envían señales. Entonces el cerebro no puede "
            "funcionar bien.</p>"
            "<p>Cada tipo de EA lleva el nombre de la parte de la neurona a la "
            "que se pega el anticuerpo. Por ejemplo: receptor NMDA, LGI1, "
            "CASPR2 y GAD65. En algunas personas, los médicos están seguros de "
            "que es EA, pero no encuentran ningún anticuerpo.</p>"
            "<h2>Señales comunes</h2>"
            "<p>Las señales suelen aparecer en días o semanas. Pueden ser:</p>"
            "<ul>"
            "<li>Cambios de ánimo o de conducta, miedo, o ver y oír cosas que "
            "no están.</li>"
            "<li>Problemas de memoria, de atención o para hablar.</li>"
            "<li>Convulsiones o sacudidas repentinas.</li>"
            "<li>Movimientos raros de la cara, los brazos o las piernas.</li>"
            "<li>Dormir muy poco o muchísimo.</li>"
            "<li>Confusión o dificultad para despertar.</li>"
            "</ul>"
            "<h2>¿Por qué ocurre?</h2>"
            "<p>A menudo no se encuentra una causa clara. A veces la provoca un "
            "tumor, y quitarlo ayuda. Rara vez aparece después de una infección "
            "del cerebro por un virus. La EA no se debe al estrés ni a nada que "
            "usted haya hecho. No es contagiosa.</p>"
            "<h2>¿A quién le da?</h2>"
            "<p>Puede afectar a niños y adultos de cualquier edad. Es poco "
            "común, pero ahora se diagnostica más porque las pruebas han "
            "mejorado.</p>"
            "<h2>¿Tiene tratamiento?</h2>"
            "<p>Sí. El tratamiento calma el sistema inmunitario. Los primeros "
            "tratamientos suelen ser esteroides, inmunoglobulina intravenosa "
            "(IGIV) y recambio plasmático. Empezar pronto se asocia con una "
            "mejor recuperación. La recuperación suele ser lenta: puede tardar "
            "muchos meses, a veces uno o dos años. Muchas personas vuelven a "
            "gran parte de su vida de antes.</p>"
            "<h2>Cuándo pedir ayuda rápido</h2>"
            "<p>Llame al 911 si una convulsión dura más de 5 minutos, si hay "
            "dificultad para respirar o si la persona no despierta. Llame pronto "
            "a su equipo médico si aparecen confusión, cambios de conducta o "
            "sacudidas nuevas.</p>"
        ),
        "also_asked": [
            "qué es la encefalitis autoinmune en palabras sencillas",
            "mis defensas atacan mi cerebro?? qué significa eso",
            "la encefalitis autoinmune es contagiosa",
            "se puede morir de encefalitis autoinmune",
        ],
        "sources": [GRAUS_2016, DALMAU_GRAUS_2018, NINDS_ENCEPHALITIS],
        "related": [
            "what-is-anti-nmda-receptor-encephalitis",
            "first-line-and-second-line-treatment",
            "recovery-timeline",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-03-02",
        "next_review_due": "2027-09-02",
    },
    {
        "slug": "what-is-anti-nmda-receptor-encephalitis",
        "category": "understanding-ae",
        "question": "¿Qué es la encefalitis por anticuerpos contra el receptor NMDA?",
        "short_answer": (
            "Es el tipo más común conocido de encefalitis autoinmune. Los "
            "anticuerpos bloquean el receptor NMDA, una parte de las neuronas "
            "que ayuda con la memoria, el ánimo y la conducta."
        ),
        "answer": (
            "<p>La <strong>encefalitis anti-receptor NMDA</strong> es un tipo "
            "de encefalitis autoinmune. Se describió por primera vez en 2007. "
            "Es el tipo más común con un anticuerpo conocido.</p>"
            "<h2>¿Qué es el receptor NMDA?</h2>"
            "<p>Las neuronas se pasan mensajes con sustancias químicas. Un "
            "<strong>receptor</strong> es como una cerradura en la neurona, y "
            "el mensaje químico es la llave. El receptor NMDA es una de esas "
            "cerraduras. Es importante para la memoria, el aprendizaje, el "
            "ánimo y la conducta.</p>"
            "<p>En esta enfermedad, los anticuerpos se pegan al receptor NMDA. "
            "La neurona mete los receptores hacia dentro y quedan menos para "
            "trabajar. Los mensajes del cerebro se confunden. Cuando los "
            "anticuerpos desaparecen, los receptores pueden volver. Por eso "
            "muchas personas se recuperan.</p>"
            "<h2>¿A quién le da?</h2>"
            "<p>Es más común en niños, adolescentes y adultos jóvenes, y más "
            "frecuente en mujeres. Pero le puede dar a cualquiera. En algunas "
            "mujeres jóvenes la provoca un bulto en el ovario llamado "
            "<strong>teratoma</strong>. Casi siempre no es cáncer, y quitarlo "
            "ayuda a la recuperación. En algunas personas aparece después de "
            "una infección del cerebro por el virus del herpes simple.</p>"
            "<h2>¿Cómo suele evolucionar?</h2>"
            "<p>Muchas personas primero se sienten como con gripe. Luego, en "
            "días o semanas, pueden aparecer otras señales:</p>"
            "<ul>"
            "<li>Ansiedad, miedo, conducta rara, o ver u oír cosas.</li>"
            "<li>Pérdida de memoria y problemas para hablar.</li>"
            "<li>Convulsiones.</li>"
            "<li>Movimientos raros, a menudo de la boca, la cara, los brazos o "
            "las piernas.</li>"
            "<li>Mucho sueño o no responder.</li>"
            "<li>Cambios en el pulso, la presión o la temperatura, y "
            "respiración débil.</li>"
            "</ul>"
            "<p>Muchas personas necesitan cuidados intensivos por un tiempo. "
            "Esto asusta mucho a las familias, pero no quiere decir que no haya "
            "esperanza.</p>"
            "<h2>Tratamiento y pronóstico</h2>"
            "<p>El tratamiento calma el sistema inmunitario y quita el tumor si "
            "lo hay. Unas 8 de cada 10 personas mejoran mucho. En un estudio "
            "grande, la mayoría tuvo una buena recuperación a los dos años. La "
            "mejoría puede seguir durante mucho tiempo. En algunas personas la "
            "enfermedad vuelve, a menudo de forma más leve.</p>"
            "<p>Su equipo médico puede decirle qué esperar en su caso. "
            "Pregúnteles todo lo que necesite, las veces que haga falta.</p>"
        ),
        "also_asked": [
            "qué es la encefalitis anti NMDA",
            "encefalitis por receptor NMDA explicada",
            "mi hija tiene encefalitis anti-NMDA, se va a curar",
            "la enfermedad del cerebro en llamas",
        ],
        "sources": [DALMAU_2008, TITULAER_2013, DALMAU_2019],
        "related": [
            "what-is-autoimmune-encephalitis",
            "psychiatric-symptoms",
            "recovery-timeline",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-03-05",
        "next_review_due": "2027-09-05",
    },
    {
        "slug": "what-is-myoclonus",
        "category": "symptoms",
        "question": "¿Qué es la mioclonía?",
        "short_answer": (
            "La mioclonía es una sacudida muy rápida de un músculo que usted no "
            "puede controlar. Es una señal de que algo está pasando, no una "
            "enfermedad en sí misma."
        ),
        "answer": (
            "<p>La <strong>mioclonía</strong> (también llamada mioclono) es una "
            "sacudida repentina y muy corta de un músculo o de un grupo de "
            "músculos. Usted no decide hacerla. Muchas personas dicen que se "
            "siente como una descarga eléctrica o un sobresalto.</p>"
            "<h2>Mioclonías de todos los días</h2>"
            "<p>Casi todo el mundo ha tenido mioclonías sin importancia. El hipo "
            "es un tipo. La sacudida que algunas personas sienten justo al "
            "quedarse dormidas, llamada <strong>sobresalto del sueño</strong>, "
            "es otro. Son normales.</p>"
            "<h2>Mioclonía positiva y negativa</h2>"
            "<ul>"
            "<li><strong>Mioclonía positiva</strong>: el músculo se contrae de "
            "golpe. Produce una sacudida o un tirón.</li>"
            "<li><strong>Mioclonía negativa</strong>: el músculo pierde fuerza "
            "de golpe por un instante. Una mano extendida puede caer, o las "
            "rodillas pueden doblarse. Un tipo se llama "
            "<strong>asterixis</strong>. Puede aparecer cuando el hígado o los "
            "riñones no funcionan bien.</li>"
            "</ul>"
            "<h2>Dónde empieza</h2>"
            "<ul>"
            "<li><strong>Corteza</strong>: la capa externa del cerebro. Es el "
            "origen más común. Las sacudidas suelen afectar la cara, las manos "
            "o los brazos. Moverse o que lo toquen puede provocarlas.</li>"
            "<li><strong>Tronco del encéfalo</strong>: la base del cerebro. Las "
            "sacudidas suelen afectar ambos lados del cuerpo a la vez. Un ruido "
            "puede provocarlas.</li>"
            "<li><strong>Médula espinal</strong>: las sacudidas suelen afectar "
            "el tronco o una sola parte del cuerpo.</li>"
            "<li><strong>Nervios periféricos</strong>: los nervios fuera del "
            "cerebro y la médula. Las sacudidas se quedan en la zona que "
            "controla ese nervio.</li>"
            "</ul>"
            "<h2>Cómo se puede extender</h2>"
            "<p>La mioclonía puede empezar en una parte del cuerpo, como una "
            "mano. Luego puede pasar a partes cercanas o a los dos lados del "
            "cuerpo. Cuando se sacude todo el cuerpo, los médicos la llaman "
            "<strong>generalizada</strong>. Las sacudidas que llegan en grupos "
            "a veces pueden terminar en una convulsión.</p>"
            "<h2>Una señal, no una enfermedad</h2>"
            "<p>La mioclonía avisa a los médicos de que algo altera el sistema "
            "nervioso. Las causas incluyen epilepsia, falta de oxígeno en el "
            "cerebro, fallo de los riñones o del hígado, algunos medicamentos, "
            "infecciones y la encefalitis autoinmune. Tratar la causa suele ser "
            "lo que más ayuda.</p>"
            "<h2>Pruebas y tratamiento</h2>"
            "<p>Su médico le preguntará cuándo ocurren las sacudidas y lo "
            "examinará. Un video de las sacudidas en su teléfono ayuda mucho. "
            "Las pruebas pueden incluir análisis de sangre, revisar sus "
            "medicamentos, un EEG (prueba de ondas cerebrales), a veces junto "
            "con una prueba de los músculos, y una resonancia magnética. En la "
            "encefalitis autoinmune también se pueden hacer una punción lumbar "
            "y pruebas de anticuerpos.</p>"
            "<p>El tratamiento se dirige a la causa. En la encefalitis "
            "autoinmune, eso quiere decir calmar el sistema inmunitario. "
            "Medicamentos como levetiracetam, valproato o clonazepam también "
            "pueden reducir las sacudidas. No deje ni cambie ningún medicamento "
            "sin hablar con su equipo médico.</p>"
            "<h2>Cuándo pedir ayuda rápido</h2>"
            "<p>Llame al 911 si las sacudidas se convierten en una convulsión "
            "que dura más de 5 minutos, o si las convulsiones siguen sin que la "
            "persona despierte entre una y otra. Avise pronto a su equipo si las "
            "sacudidas son nuevas, empeoran o le hacen caer.</p>"
        ),
        "also_asked": [
            (
                "Tengo sacudidas, temblores y espasmos en el cuerpo… mi médico "
                "dice que es mioclonía. ¿Qué es la mioclonía?"
            ),
            "tengo sacudidas y espasmos en el cuerpo… ¿qué es la mioclonía?",
            "sacudidas de repente en los brazos como calambres eléctricos",
            "mi cuerpo da tirones y brincos y no lo puedo parar",
            "qué significa mioclono",
        ],
        "sources": [NINDS_MYOCLONUS, EBERHARDT_2017, GRAUS_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "eeg-test",
            "helping-during-a-seizure",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-02-16",
        "next_review_due": "2027-08-16",
    },
    {
        "slug": "seizures-in-autoimmune-encephalitis",
        "category": "symptoms",
        "question": "¿Por qué las personas con encefalitis autoinmune tienen convulsiones?",
        "short_answer": (
            "La inflamación del cerebro puede causar descargas eléctricas "
            "anormales, que son las convulsiones. El tratamiento del sistema "
            "inmunitario suele ser la clave para que paren, junto con los "
            "medicamentos para convulsiones."
        ),
        "answer": (
            "<p>Una <strong>convulsión</strong> o crisis epiléptica es una "
            "descarga corta de actividad eléctrica anormal en el cerebro. Son "
            "comunes en la encefalitis autoinmune (EA). La inflamación y los "
            "anticuerpos hacen que las neuronas se exciten demasiado.</p>"
            "<h2>Cómo pueden verse</h2>"
            "<ul>"
            "<li>Temblor y rigidez de todo el cuerpo, a menudo sin estar "
            "consciente.</li>"
            "<li>Mirada fija, no responder, chasquear los labios o tocarse la "
            "ropa.</li>"
            "<li>Sensaciones extrañas: miedo, algo que sube por el estómago, "
            "piel de gallina, o sentir que ya vivió ese momento.</li>"
            "<li>Tirones muy cortos de un lado de la cara y del brazo. En la "
            "encefalitis por LGI1 pueden pasar muchas veces al día.</li>"
            "</ul>"
            "<p>Algunas convulsiones casi no se notan. Un EEG puede "
            "encontrarlas.</p>"
            "<h2>Cómo se tratan</h2>"
            "<p>Los medicamentos para convulsiones ayudan a controlarlas. Pero "
            "en la EA, lo que suele pararlas es el tratamiento que calma el "
            "sistema inmunitario. Los tirones cortos de cara y brazo de la "
            "LGI1 suelen responder mejor al tratamiento inmunitario que a los "
            "medicamentos para convulsiones.</p>"
            "<p>En muchas personas, las convulsiones paran cuando baja la "
            "inflamación. Más adelante, su médico quizá baje poco a poco el "
            "medicamento. Algunas personas, sobre todo con anticuerpos GAD65, "
            "siguen teniendo convulsiones y necesitan control a largo plazo. "
            "Nunca deje un medicamento para convulsiones por su cuenta. "
            "Dejarlo de golpe puede causar convulsiones graves.</p>"
            "<h2>Cuándo llamar al 911</h2>"
            "<ul>"
            "<li>La convulsión dura más de 5 minutos.</li>"
            "<li>Una convulsión sigue a otra sin que la persona despierte.</li>"
            "<li>La persona tiene dificultad para respirar o no despierta "
            "después.</li>"
            "<li>La persona se lastima, o la convulsión ocurre en el agua.</li>"
            "<li>Es su primera convulsión, o está embarazada.</li>"
            "</ul>"
            "<p>Una convulsión que no para es una emergencia. Los médicos la "
            "llaman <strong>estado epiléptico</strong>. Tratarla rápido es "
            "importante.</p>"
            "<h2>Vivir con convulsiones</h2>"
            "<ul>"
            "<li>Pida a su equipo un plan escrito para convulsiones.</li>"
            "<li>Pregunte si necesita un medicamento de rescate en casa.</li>"
            "<li>Lleve un diario: fecha, hora, qué pasó y cuánto duró.</li>"
            "<li>Dúchese en vez de bañarse en tina, y no nade solo.</li>"
            "<li>Pregunte a su médico si puede manejar. Las leyes de cada "
            "estado tienen reglas después de una convulsión.</li>"
            "</ul>"
        ),
        "also_asked": [
            "por qué tengo convulsiones después de la encefalitis",
            "se me van a quitar las convulsiones",
            "cuándo llamar a una ambulancia por una convulsión",
            "tirones de la cara y el brazo muchas veces al día",
        ],
        "sources": [GLAUSER_2016, GRAUS_2016, MEDLINEPLUS_SEIZURES],
        "related": [
            "helping-during-a-seizure",
            "what-is-myoclonus",
            "eeg-test",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-02-23",
        "next_review_due": "2027-02-23",
    },
    {
        "slug": "memory-and-thinking-problems",
        "category": "symptoms",
        "question": "¿Por qué tengo tan mala memoria después de la encefalitis autoinmune?",
        "short_answer": (
            "La EA suele afectar las partes del cerebro que guardan recuerdos "
            "nuevos y ayudan a concentrarse. Estos problemas suelen mejorar poco "
            "a poco durante meses, y hay formas de sobrellevarlos."
        ),
        "answer": (
            "<p>Los problemas de memoria y de pensamiento son muy comunes en la "
            "encefalitis autoinmune (EA). La EA suele afectar zonas profundas "
            "del cerebro llamadas <strong>sistema límbico</strong>. El "
            "<strong>hipocampo</strong> forma parte de él y ayuda a guardar "
            "recuerdos nuevos.</p>"
            "<h2>Lo que puede notar</h2>"
            "<ul>"
            "<li>Olvidar conversaciones, planes o dónde dejó las cosas.</li>"
            "<li>No recordar nada de las semanas en el hospital. Esto es muy "
            "común.</li>"
            "<li>Dificultad para prestar atención o seguir una "
            "conversación.</li>"
            "<li>Dificultad para encontrar la palabra correcta.</li>"
            "<li>Pensar más despacio.</li>"
            "<li>Dificultad para planear, decidir o hacer dos cosas a la "
            "vez.</li>"
            "<li>Cansarse mucho después de un esfuerzo mental.</li>"
            "</ul>"
            "<h2>¿Va a mejorar?</h2>"
            "<p>En muchas personas, sí. Las habilidades de pensamiento suelen "
            "estar entre lo último en recuperarse. Pueden seguir mejorando "
            "durante uno o dos años, y a veces más. Algunas personas quedan con "
            "problemas más leves que duran. Su equipo no siempre puede decir de "
            "antemano cuánto volverá.</p>"
            "<h2>Pruebas que pueden ayudar</h2>"
            "<p>Un <strong>neuropsicólogo</strong> es un experto en cómo el "
            "cerebro afecta el pensamiento y la conducta. Puede evaluar su "
            "memoria, atención y planificación con ejercicios y preguntas. Los "
            "resultados muestran sus puntos fuertes y débiles. Sirven para "
            "planear la rehabilitación y el apoyo en el trabajo o la "
            "escuela.</p>"
            "<h2>Formas de sobrellevarlo</h2>"
            "<ul>"
            "<li>Use una sola libreta o aplicación para todas sus notas y "
            "planes.</li>"
            "<li>Ponga alarmas en el teléfono para medicamentos y citas.</li>"
            "<li>Tenga una rutina diaria sencilla.</li>"
            "<li>Haga una cosa a la vez, en un lugar tranquilo.</li>"
            "<li>Descanse un rato antes de cansarse demasiado.</li>"
            "<li>Pida a los demás que le escriban las cosas.</li>"
            "<li>Duerma bien y muévase cada día, según le indique su "
            "equipo.</li>"
            "</ul>"
            "<p>Los terapeutas del habla y los terapeutas ocupacionales pueden "
            "enseñarle más estrategias. Esto se llama <strong>rehabilitación "
            "cognitiva</strong>.</p>"
            "<h2>Cuándo llamar a su equipo</h2>"
            "<p>Avise a su equipo si la memoria o la confusión empeoran en vez "
            "de mejorar. Puede ser una señal de recaída o de otro problema. "
            "Pida ayuda rápido si la confusión aparece de repente.</p>"
        ),
        "also_asked": [
            "no me acuerdo de nada desde la encefalitis",
            "voy a recuperar la memoria después de la encefalitis autoinmune",
            "niebla mental después de la EA",
            "no recuerdo haber estado en el hospital",
        ],
        "sources": [TITULAER_2013, DALMAU_2019, GRAUS_2016],
        "related": ["recovery-timeline", "relapse", "psychiatric-symptoms"],
        "reviewer": 2,
        "reviewed_on": "2026-04-07",
        "next_review_due": "2027-10-07",
    },
    {
        "slug": "psychiatric-symptoms",
        "category": "symptoms",
        "question": (
            "¿La encefalitis autoinmune puede causar psicosis, ansiedad o cambios de conducta?"
        ),
        "short_answer": (
            "Sí. Los cambios de salud mental son comunes en la EA, y en la "
            "encefalitis anti-receptor NMDA suelen ser la primera señal. Los "
            "causa la enfermedad y a menudo mejoran con el tratamiento."
        ),
        "answer": (
            "<p>El cerebro controla lo que pensamos, sentimos y hacemos. Cuando "
            "la encefalitis autoinmune (EA) afecta el cerebro, son comunes los "
            "cambios de salud mental. Se llaman <strong>síntomas "
            "psiquiátricos</strong>.</p>"
            "<h2>Lo que se puede notar</h2>"
            "<ul>"
            "<li>Mucha ansiedad, miedo o pánico.</li>"
            "<li>Inquietud, agitación o enojo fuera de lo normal.</li>"
            "<li>Creencias raras o desconfiadas que no son ciertas.</li>"
            "<li>Ver u oír cosas que no están.</li>"
            "<li>Hablar muy rápido, casi no dormir o tener ideas "
            "exageradas.</li>"
            "<li>Tristeza, llanto o no tener interés por nada.</li>"
            "<li>Quedarse muy quieto y callado, o con la mirada fija. Puede "
            "ser un estado llamado <strong>catatonia</strong>.</li>"
            "</ul>"
            "<p><strong>Psicosis</strong> quiere decir perder el contacto con "
            "la realidad. Incluye alucinaciones (ver u oír cosas) y delirios "
            "(creencias falsas que no cambian).</p>"
            "<h2>Por qué es importante</h2>"
            "<p>En la encefalitis anti-receptor NMDA, estos cambios suelen "
            "llegar primero. Por eso algunas personas van primero a un equipo "
            "de salud mental. Hay pistas que hacen pensar en EA: convulsiones, "
            "movimientos raros, confusión, pérdida de memoria, problemas para "
            "hablar o una enfermedad parecida a la gripe poco antes. Un grupo "
            "de expertos publicó consejos para ayudar a los médicos a "
            "reconocer estos casos.</p>"
            "<p>Algunas personas con EA reaccionan mal a ciertos medicamentos "
            "para la psicosis. Pueden ponerse muy rígidas o tener fiebre alta. "
            "Los médicos usan estos medicamentos con cuidado. Pida ayuda urgente "
            "si esto pasa.</p>"
            "<h2>Es la enfermedad, no la persona</h2>"
            "<p>Estos cambios pueden doler mucho a la familia. Recuerde que los "
            "causa la enfermedad. No son una elección ni una falta de carácter. "
            "Con tratamiento, a menudo desaparecen.</p>"
            "<h2>Después de la enfermedad</h2>"
            "<p>Durante la recuperación, algunas personas se sienten tristes, "
            "ansiosas o se alteran con facilidad. Algunas tienen malos recuerdos "
            "del hospital, o lagunas que dan miedo. La terapia y el apoyo "
            "ayudan. Cuente a su equipo cómo se siente.</p>"
            "<h2>Pida ayuda ahora si</h2>"
            "<ul>"
            "<li>Usted u otra persona está en peligro: llame al 911.</li>"
            "<li>Tiene pensamientos de suicidio o está en crisis: llame o "
            "envíe un mensaje de texto al 988, la Línea de Prevención del "
            "Suicidio y Crisis. Hay atención en español.</li>"
            "</ul>"
        ),
        "also_asked": [
            "mi hijo de repente desconfía de todos y está confundido, puede ser encefalitis",
            "la inflamación del cerebro puede causar alucinaciones",
            "cambios de salud mental después de la encefalitis",
            "es psicosis o encefalitis autoinmune",
        ],
        "sources": [POLLAK_2020, DALMAU_2019, LIFELINE_988],
        "related": [
            "what-is-anti-nmda-receptor-encephalitis",
            "looking-after-yourself-as-a-carer",
            "memory-and-thinking-problems",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-04-21",
        "next_review_due": "2027-10-21",
    },
    {
        "slug": "eeg-test",
        "category": "tests-and-diagnosis",
        "question": "¿Qué es un EEG y qué va a mostrar?",
        "short_answer": (
            "Un EEG registra la actividad eléctrica del cerebro con pequeños "
            "sensores en el cuero cabelludo. No duele. Puede mostrar "
            "convulsiones y señales de que el cerebro no funciona con "
            "normalidad."
        ),
        "answer": (
            "<p>Un <strong>EEG</strong> (electroencefalograma) es una prueba "
            "que registra las pequeñas señales eléctricas del cerebro. También "
            "se llama prueba de ondas cerebrales. Es segura y no duele. La "
            "máquina solo escucha; no envía nada a su cerebro.</p>"
            "<h2>Qué pasa</h2>"
            "<ul>"
            "<li>Un técnico mide su cabeza y marca puntos en el cuero "
            "cabelludo.</li>"
            "<li>Se pegan pequeños discos de metal llamados "
            "<strong>electrodos</strong> con una pasta o un gorro. Unos cables "
            "los conectan a una computadora.</li>"
            "<li>Usted se queda acostado o sentado y quieto, casi siempre con "
            "los ojos cerrados.</li>"
            "<li>Quizá le pidan respirar hondo unos minutos o mirar una luz que "
            "parpadea. Esto puede hacer aparecer cambios.</li>"
            "<li>Un EEG de rutina dura alrededor de una hora.</li>"
            "</ul>"
            "<p>En el hospital, el EEG puede durar horas o días, con una cámara "
            "de video. Se llama <strong>monitoreo con video-EEG</strong>. Ayuda "
            "a captar episodios y compararlos con las ondas cerebrales.</p>"
            "<h2>Cómo prepararse</h2>"
            "<ul>"
            "<li>Lávese el pelo la noche antes. No use aceite, gel ni "
            "laca.</li>"
            "<li>Tome sus medicamentos de siempre, salvo que su equipo le diga "
            "otra cosa.</li>"
            "<li>Quizá le pidan dormir menos la noche anterior.</li>"
            "<li>Lleve una lista de sus medicamentos.</li>"
            "</ul>"
            "<h2>Qué puede mostrar</h2>"
            "<ul>"
            "<li><strong>Convulsiones</strong>, incluso las que no se ven por "
            "fuera.</li>"
            "<li><strong>Lentitud</strong>: ondas más lentas de lo normal. "
            "Muestra que el cerebro no funciona con normalidad. Es común en la "
            "encefalitis.</li>"
            '<li>Patrones especiales. Uno llamado <strong>"extreme delta '
            'brush"</strong> se ve en algunas personas con encefalitis '
            "anti-receptor NMDA.</li>"
            "</ul>"
            "<h2>Lo que no puede mostrar</h2>"
            "<p>Un EEG no puede confirmar ni descartar la EA por sí solo. Un EEG "
            "normal entre convulsiones no quiere decir que no haya "
            "convulsiones. Su equipo mira el EEG junto con sus síntomas y otras "
            "pruebas.</p>"
            "<h2>Después de la prueba</h2>"
            "<p>Normalmente puede volver a sus actividades. La pasta sale con "
            "agua tibia. Un médico leerá el EEG y enviará los resultados a su "
            "equipo.</p>"
        ),
        "also_asked": [
            "qué pasa en un electroencefalograma",
            "duele el EEG",
            "prueba de ondas cerebrales para convulsiones",
            "mi EEG salió normal pero sigo con sacudidas",
        ],
        "sources": [MEDLINEPLUS_EEG, NHS_EEG, GRAUS_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "lumbar-puncture",
            "what-is-myoclonus",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-03-18",
        "next_review_due": "2028-03-18",
    },
    {
        "slug": "lumbar-puncture",
        "category": "tests-and-diagnosis",
        "question": "¿Qué es una punción lumbar y es segura?",
        "short_answer": (
            "La punción lumbar toma una pequeña muestra del líquido que rodea "
            "el cerebro y la médula con una aguja fina en la parte baja de la "
            "espalda. Es una prueba común y en general segura que da pistas "
            "clave en la EA."
        ),
        "answer": (
            "<p>Una <strong>punción lumbar</strong> recoge un poco de "
            "<strong>líquido cefalorraquídeo</strong>. Este líquido "
            "transparente rodea y protege el cerebro y la médula espinal. "
            "Analizarlo da pistas sobre lo que pasa en el cerebro.</p>"
            "<h2>Por qué se hace en la EA</h2>"
            "<ul>"
            "<li>Para buscar señales de inflamación, como más glóbulos "
            "blancos.</li>"
            "<li>Para buscar infecciones, como el virus del herpes "
            "simple.</li>"
            "<li>Para buscar los anticuerpos que causan la EA. En algunos "
            "tipos, como la encefalitis anti-receptor NMDA, la prueba en este "
            "líquido es más fiable que en la sangre.</li>"
            "</ul>"
            "<h2>Qué pasa</h2>"
            "<ul>"
            "<li>Usted se acuesta de lado con las rodillas hacia el pecho, o se "
            "sienta inclinado hacia delante.</li>"
            "<li>Se limpia la piel de la parte baja de la espalda. Se inyecta "
            "un anestésico. Puede arder un momento.</li>"
            "<li>Una aguja fina entra entre dos huesos de la parte baja de la "
            "espalda. Esto es por debajo de donde termina la médula, así que "
            "no se toca la médula.</li>"
            "<li>Unas cucharaditas de líquido gotean en unos tubos.</li>"
            "<li>Tarda unos 30 minutos. Puede sentir presión.</li>"
            "</ul>"
            "<h2>Después</h2>"
            "<p>Quizá le pidan descansar un rato. Beba muchos líquidos. La "
            "espalda puede doler unos días.</p>"
            "<p>Algunas personas tienen un dolor de cabeza que empeora al "
            "sentarse o ponerse de pie y mejora al acostarse. Suele pasar en "
            "pocos días con reposo y líquidos. Avise a su equipo si es fuerte o "
            "no se quita. Hay tratamientos para este dolor.</p>"
            "<h2>Riesgos</h2>"
            "<p>Los problemas graves son raros. Incluyen infección, sangrado o "
            "irritación de un nervio. Antes de la prueba, avise si toma "
            "anticoagulantes o tiene problemas de sangrado.</p>"
            "<h2>Pida ayuda rápido si</h2>"
            "<ul>"
            "<li>Tiene fiebre, rigidez de cuello o un dolor de cabeza muy "
            "fuerte.</li>"
            "<li>Siente las piernas dormidas o débiles.</li>"
            "<li>Sale líquido o sangre por el sitio de la aguja.</li>"
            "</ul>"
            "<h2>Resultados</h2>"
            "<p>Algunos resultados llegan en horas. Los de anticuerpos pueden "
            "tardar días o semanas. Los médicos a menudo empiezan el "
            "tratamiento antes de tener todos los resultados.</p>"
        ),
        "also_asked": [
            "duele la punción lumbar",
            "para qué me sacan líquido de la columna",
            "dolor de cabeza después de la punción lumbar",
            "es peligrosa la punción lumbar",
        ],
        "sources": [NHS_LUMBAR_PUNCTURE, GRAUS_2016],
        "related": ["antibody-tests", "eeg-test"],
        "reviewer": 1,
        "reviewed_on": "2026-04-01",
        "next_review_due": "2028-04-01",
    },
    {
        "slug": "antibody-tests",
        "category": "tests-and-diagnosis",
        "question": "¿Cómo funcionan las pruebas de anticuerpos para la encefalitis autoinmune?",
        "short_answer": (
            "Un laboratorio busca en su sangre y en su líquido cefalorraquídeo "
            "anticuerpos que atacan el cerebro. Un resultado positivo puede "
            "confirmar el tipo de EA, pero uno negativo no siempre la descarta."
        ),
        "answer": (
            "<p>En la encefalitis autoinmune (EA), el sistema inmunitario "
            "fabrica <strong>anticuerpos</strong> que se pegan a partes de las "
            "neuronas. Las pruebas de anticuerpos los buscan en la sangre y en "
            "el líquido cefalorraquídeo.</p>"
            "<h2>Sangre y líquido cefalorraquídeo</h2>"
            "<ul>"
            "<li>La sangre se saca de una vena del brazo, como en cualquier "
            "análisis.</li>"
            "<li>El líquido cefalorraquídeo se saca con una punción "
            "lumbar.</li>"
            "</ul>"
            "<p>A menudo se analizan los dos. Para la encefalitis anti-receptor "
            "NMDA, el líquido es más fiable. La sangre puede no detectarla, y "
            "un resultado débil en sangre puede ser una falsa alarma. En la "
            "LGI1, la sangre suele salir positiva. En la GAD65, el nivel "
            "importa mucho.</p>"
            "<h2>Cómo se hace la prueba</h2>"
            "<p>El laboratorio mezcla su muestra con células o tejido cerebral "
            "y ve si sus anticuerpos se pegan. A menudo un panel busca muchos "
            "anticuerpos a la vez. Puede hacer falta un laboratorio "
            "especializado, así que los resultados pueden tardar días o "
            "semanas.</p>"
            "<h2>Qué quiere decir el resultado</h2>"
            "<ul>"
            "<li><strong>Positivo</strong>: se encontró un anticuerpo. Si "
            "encaja con sus síntomas, ayuda a confirmar el tipo de EA. También "
            "indica qué otras pruebas hacen falta, como buscar un tumor.</li>"
            "<li><strong>Negativo</strong>: no se encontró ningún anticuerpo "
            "conocido. Aun así puede tener EA. Algunas personas tienen "
            "anticuerpos que las pruebas todavía no pueden encontrar. Se llama "
            "EA <strong>seronegativa</strong>.</li>"
            "<li><strong>Bajo o dudoso</strong>: un resultado débil quizá no "
            "sea la causa de sus síntomas. Su equipo lo valorará junto con todo "
            "lo demás.</li>"
            "</ul>"
            "<h2>Por qué el tratamiento puede empezar antes</h2>"
            "<p>Esperar semanas por los resultados puede retrasar la atención. "
            "Los expertos aconsejan que los médicos pueden empezar el "
            "tratamiento cuando las señales y otras pruebas apuntan a EA. "
            "Empezar pronto se asocia con una mejor recuperación.</p>"
            "<h2>Repetir las pruebas</h2>"
            "<p>El nivel de anticuerpos no siempre coincide con cómo se siente. "
            "Muchas personas siguen teniendo anticuerpos después de "
            "recuperarse. Por eso los médicos se guían más por sus síntomas "
            "que por los números. Pregunte a su equipo cómo usarán sus "
            "resultados.</p>"
        ),
        "also_asked": [
            "mi prueba de anticuerpos salió negativa pero el médico dice que es EA",
            "cuánto tardan los resultados de anticuerpos",
            "análisis de sangre para encefalitis autoinmune",
            "qué significa NMDA positivo en líquido cefalorraquídeo",
        ],
        "sources": [GRAUS_2016, DALMAU_GRAUS_2018, GRAUS_GAD_2020],
        "related": [
            "lumbar-puncture",
            "first-line-and-second-line-treatment",
            "what-is-autoimmune-encephalitis",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-04-14",
        "next_review_due": "2027-10-14",
    },
    {
        "slug": "first-line-and-second-line-treatment",
        "category": "treatment",
        "question": "¿Qué quieren decir tratamiento de primera línea y de segunda línea?",
        "short_answer": (
            "Los tratamientos de primera línea son los que se prueban primero: "
            "esteroides, IGIV y recambio plasmático. Los de segunda línea, como "
            "el rituximab, se añaden cuando los primeros no bastan."
        ),
        "answer": (
            "<p>El tratamiento de la encefalitis autoinmune (EA) busca calmar "
            "el sistema inmunitario. Los médicos lo llaman "
            "<strong>inmunoterapia</strong>. A menudo hablan de líneas de "
            "tratamiento.</p>"
            "<h2>Primera línea</h2>"
            "<p>Son los primeros tratamientos habituales. Los médicos suelen "
            "empezarlos pronto, a veces antes de tener todos los "
            "resultados.</p>"
            "<ul>"
            "<li><strong>Esteroides</strong>: medicamentos fuertes que calman "
            "la inflamación. A menudo se dan por la vena durante 3 a 5 "
            "días.</li>"
            "<li><strong>IGIV</strong> (inmunoglobulina intravenosa): "
            "anticuerpos de donantes sanos, dados por la vena durante varios "
            "días.</li>"
            "<li><strong>Recambio plasmático</strong> (plasmaféresis): una "
            "máquina quita la parte líquida de la sangre, que lleva los "
            "anticuerpos dañinos.</li>"
            "</ul>"
            "<p>A menudo se usan juntos o uno después de otro.</p>"
            "<h2>Segunda línea</h2>"
            "<p>Si la persona no mejora lo suficiente con la primera línea, los "
            "médicos pueden añadir la segunda. Suele ser después de unas dos a "
            "cuatro semanas. Las opciones principales son:</p>"
            "<ul>"
            "<li><strong>Rituximab</strong>: reduce las células que se "
            "convierten en fábricas de anticuerpos.</li>"
            "<li><strong>Ciclofosfamida</strong>: un medicamento fuerte que "
            "frena el sistema inmunitario.</li>"
            "</ul>"
            "<p>En un estudio grande de encefalitis anti-receptor NMDA, las "
            "personas que no mejoraban con la primera línea evolucionaron mejor "
            "con la segunda línea que sin ella. También bajó la probabilidad de "
            "recaída. Algunos médicos ahora empiezan el rituximab antes.</p>"
            "<h2>Tratamiento a largo plazo</h2>"
            "<p>Algunas personas necesitan tratamiento durante meses o años. "
            "Por ejemplo: esteroides en dosis que bajan poco a poco, IGIV "
            "repetida, rituximab repetido, o pastillas como micofenolato o "
            "azatioprina. Depende del tipo de EA y de cómo responda.</p>"
            "<h2>Otros cuidados</h2>"
            "<ul>"
            "<li>Quitar un tumor, si se encuentra.</li>"
            "<li>Medicamentos para convulsiones.</li>"
            "<li>Medicamentos para la agitación, el sueño o los "
            "movimientos.</li>"
            "<li>Rehabilitación: fisioterapia, terapia ocupacional y del "
            "habla.</li>"
            "</ul>"
            "<h2>Preguntas para su equipo</h2>"
            "<ul>"
            "<li>¿Qué tratamiento recomiendan y por qué?</li>"
            "<li>¿Cómo sabremos si funciona?</li>"
            "<li>¿Qué efectos secundarios debo vigilar?</li>"
            "<li>¿Cuál es el plan si no funciona?</li>"
            "</ul>"
        ),
        "also_asked": [
            "cuál es el primer tratamiento para la encefalitis autoinmune",
            "los esteroides no funcionaron, y ahora qué",
            "por qué me quieren dar rituximab",
            "opciones de tratamiento para la EA",
        ],
        "sources": [TITULAER_2013, GRAUS_2016, DALMAU_GRAUS_2018],
        "related": ["steroids", "relapse", "what-is-autoimmune-encephalitis"],
        "reviewer": 1,
        "reviewed_on": "2026-06-15",
        "next_review_due": "2027-06-15",
    },
    {
        "slug": "steroids",
        "category": "treatment",
        "question": "¿Cómo tratan los esteroides la encefalitis autoinmune?",
        "short_answer": (
            "Los esteroides son medicamentos fuertes que calman el sistema "
            "inmunitario y bajan la inflamación. Suelen ser el primer "
            "tratamiento. Funcionan bien pero pueden tener efectos "
            "secundarios, así que su equipo lo vigilará de cerca."
        ),
        "answer": (
            "<p>Los esteroides que se usan en la encefalitis autoinmune (EA) se "
            "llaman <strong>corticoides</strong> o corticosteroides. Son copias "
            "de una hormona que su cuerpo ya produce. No son los mismos "
            "esteroides que algunos deportistas usan mal para ganar "
            "músculo.</p>"
            "<h2>Cómo ayudan</h2>"
            "<p>Calman el sistema inmunitario. Bajan la inflamación del cerebro "
            "y frenan el ataque a las neuronas.</p>"
            "<h2>Cómo se dan</h2>"
            "<ul>"
            "<li>A menudo en dosis altas por la vena, una vez al día durante 3 "
            "a 5 días. Un medicamento común es la metilprednisolona.</li>"
            "<li>Después, a veces, en pastillas como la prednisona. La dosis "
            "se baja poco a poco durante semanas o meses.</li>"
            "<li>Algunas personas reciben dosis por la vena repetidas, por "
            "ejemplo una vez al mes.</li>"
            "</ul>"
            "<h2>Efectos secundarios comunes</h2>"
            "<ul>"
            "<li>Problemas para dormir.</li>"
            "<li>Cambios de ánimo: euforia, irritación, ansiedad o "
            "tristeza.</li>"
            "<li>Más hambre y aumento de peso.</li>"
            "<li>Azúcar en la sangre más alta. Esto importa mucho si tiene "
            "diabetes.</li>"
            "<li>Presión arterial más alta.</li>"
            "<li>Malestar de estómago o acidez.</li>"
            "<li>Sabor amargo o metálico durante las dosis por la vena.</li>"
            "</ul>"
            "<p>Si se usan mucho tiempo, pueden debilitar los huesos, aumentar "
            "el riesgo de infecciones y causar debilidad muscular o problemas "
            "en los ojos. Su equipo quizá le dé medicamentos para proteger el "
            "estómago y los huesos.</p>"
            "<h2>Puntos de seguridad importantes</h2>"
            "<ul>"
            "<li>No deje las pastillas de golpe si las ha tomado más de unas "
            "semanas. Su cuerpo necesita tiempo para volver a fabricar su "
            "propia hormona. Dejarlas de golpe puede hacerle enfermar "
            "gravemente.</li>"
            "<li>Diga a cualquier médico, dentista o enfermera que toma "
            "esteroides.</li>"
            "<li>Pregunte antes de ponerse cualquier vacuna.</li>"
            "<li>Avise a su equipo si tiene fiebre u otras señales de "
            "infección.</li>"
            "</ul>"
            "<h2>Cambios de ánimo en la EA</h2>"
            "<p>Los esteroides pueden cambiar el ánimo. La EA también. Puede "
            "ser difícil saber cuál es la causa. Avise a su equipo de cualquier "
            "cambio de ánimo, sueño o conducta. Si alguien piensa en hacerse "
            "daño, llame o envíe un texto al 988. En una emergencia, llame al "
            "911.</p>"
        ),
        "also_asked": [
            "efectos secundarios de los esteroides por la vena",
            "qué esperar de la metilprednisolona",
            "los esteroides me ponen de mal humor y con hambre",
            "puedo dejar la prednisona por mi cuenta",
        ],
        "sources": [NHS_STEROIDS, TITULAER_2013, GRAUS_2016],
        "related": [
            "first-line-and-second-line-treatment",
            "psychiatric-symptoms",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-06-22",
        "next_review_due": "2027-12-22",
    },
    {
        "slug": "recovery-timeline",
        "category": "recovery",
        "question": "¿Cuánto tarda la recuperación de la encefalitis autoinmune?",
        "short_answer": (
            "La recuperación suele ser lenta y puede tardar muchos meses, hasta "
            "dos años o más. Muchas personas mejoran muchísimo, y la mejoría "
            "suele seguir mucho después de salir del hospital."
        ),
        "answer": (
            "<p>Cada recuperación es distinta. Depende del tipo de EA, de lo "
            "grave que estuvo la persona y de lo pronto que empezó el "
            "tratamiento. Esto es lo más común. Su equipo puede contarle más "
            "sobre su caso.</p>"
            "<h2>Las primeras semanas</h2>"
            "<p>El tratamiento empieza en el hospital. Algunas personas "
            "necesitan cuidados intensivos. La mejoría puede tardar semanas en "
            "notarse. Esta espera es muy dura para las familias. Un comienzo "
            "lento no quiere decir que la recuperación no vaya a llegar.</p>"
            "<h2>Los primeros meses</h2>"
            "<ul>"
            "<li>Muchas personas van a un centro de rehabilitación o reciben "
            "terapia en casa.</li>"
            "<li>El movimiento, el habla y las tareas diarias suelen mejorar "
            "primero.</li>"
            "<li>El cansancio es muy común.</li>"
            "<li>La memoria, la atención y el ánimo pueden seguir "
            "afectados.</li>"
            "</ul>"
            "<h2>Los primeros dos años</h2>"
            "<p>En la encefalitis anti-receptor NMDA, unas 8 de cada 10 "
            "personas logran una buena recuperación. En un estudio grande, "
            "muchas más estaban bien a los dos años que al año. O sea, la "
            "mejoría puede seguir mucho tiempo. El pensamiento, la energía y la "
            "confianza suelen ser lo último en recuperarse.</p>"
            "<p>Las personas con encefalitis por LGI1 también suelen mejorar "
            "bien. Pero algunas quedan con problemas de memoria.</p>"
            "<h2>Lo que se asocia con una mejor recuperación</h2>"
            "<ul>"
            "<li>Empezar el tratamiento pronto.</li>"
            "<li>No necesitar cuidados intensivos.</li>"
            "<li>Mejorar durante el primer mes de tratamiento.</li>"
            "<li>Quitar un tumor, si lo hay.</li>"
            "</ul>"
            "<p>Son patrones vistos en muchas personas. No pueden predecir lo "
            "que le pasará a una persona concreta.</p>"
            "<h2>Cómo ayudar a la recuperación</h2>"
            "<ul>"
            "<li>Vaya a las citas de control y a la rehabilitación.</li>"
            "<li>Descanse a menudo. Aumente la actividad poco a poco.</li>"
            "<li>Lleve un diario de avances. Los pasos pequeños suman.</li>"
            "<li>Pida ayuda con el ánimo y los sentimientos.</li>"
            "<li>Conecte con otros pacientes y familias.</li>"
            "</ul>"
            "<h2>Llame a su equipo si</h2>"
            "<p>Los síntomas vuelven o empeoran después de haber mejorado. "
            "Puede ser una recaída, y tratarla pronto ayuda.</p>"
        ),
        "also_asked": [
            "cuánto se tarda en recuperarse de la encefalitis anti NMDA",
            "volveré a ser el mismo después de la encefalitis",
            "tiempo de recuperación de la encefalitis autoinmune",
            "ya pasaron 6 meses y todavía no me siento yo",
        ],
        "sources": [TITULAER_2013, BALU_2019, DALMAU_2019],
        "related": [
            "relapse",
            "memory-and-thinking-problems",
            "looking-after-yourself-as-a-carer",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-08-11",
        "next_review_due": "2028-02-11",
    },
    {
        "slug": "relapse",
        "category": "recovery",
        "question": "¿La encefalitis autoinmune puede volver?",
        "short_answer": (
            "Sí, puede volver. Esto se llama recaída. Le pasa a algunas "
            "personas, a menudo en los dos primeros años. Las recaídas suelen "
            "ser más leves y tienen tratamiento, así que avise pronto a su "
            "equipo."
        ),
        "answer": (
            "<p>Una <strong>recaída</strong> es cuando la enfermedad vuelve a "
            "estar activa después de un tiempo estable o mejor. Puede traer de "
            "vuelta síntomas viejos o causar síntomas nuevos.</p>"
            "<h2>¿Qué tan común es?</h2>"
            "<p>Depende del tipo de EA. En la encefalitis anti-receptor NMDA, "
            "alrededor de 1 de cada 8 personas tuvo una recaída en los dos "
            "primeros años, según un estudio grande. Las recaídas fueron menos "
            "comunes en quienes recibieron tratamiento de segunda línea y en "
            "quienes tenían un tumor que se quitó. También puede haber "
            "recaídas en otros tipos, como la LGI1.</p>"
            "<h2>Señales a vigilar</h2>"
            "<ul>"
            "<li>Cambios en el sueño, como volver a no dormir.</li>"
            "<li>Cambios de ánimo o de conducta.</li>"
            "<li>Confusión o pérdida de memoria nuevas.</li>"
            "<li>Convulsiones o sacudidas nuevas o más frecuentes.</li>"
            "<li>Movimientos raros nuevos o problemas para hablar.</li>"
            "</ul>"
            "<p>Las familias a menudo notan primero los cambios pequeños. Fíese "
            "de esa sensación y llame al equipo.</p>"
            "<h2>No todo mal día es una recaída</h2>"
            "<p>Muchas cosas pueden empeorar los síntomas por poco tiempo:</p>"
            "<ul>"
            "<li>Una infección, como un resfriado o una infección de "
            "orina.</li>"
            "<li>Dormir mal, el estrés o hacer demasiado.</li>"
            "<li>Cambios en los medicamentos.</li>"
            "</ul>"
            "<p>Estos empeoramientos suelen pasar cuando se resuelve la causa. "
            "Su equipo puede ayudar a ver la diferencia.</p>"
            "<h2>Qué pasa si hay una recaída</h2>"
            "<p>Su equipo quizá repita pruebas como un EEG, una resonancia o "
            "una punción lumbar. Lo más probable es que reinicien o cambien el "
            "tratamiento inmunitario. Muchas recaídas son más leves que la "
            "primera vez y responden bien.</p>"
            "<h2>Cómo bajar el riesgo</h2>"
            "<ul>"
            "<li>Tome sus medicamentos como se los recetaron. No los deje ni "
            "los baje sin su equipo.</li>"
            "<li>Vaya a las citas de control y a las revisiones de tumor si se "
            "lo indican.</li>"
            "<li>Lleve un diario sencillo de síntomas.</li>"
            "<li>Tenga un plan escrito: a quién llamar y qué decir.</li>"
            "</ul>"
            "<h2>Pida ayuda rápido si</h2>"
            "<p>Llame al 911 si una convulsión dura más de 5 minutos, si hay "
            "dificultad para respirar o si la persona no despierta.</p>"
        ),
        "also_asked": [
            "puede volver la encefalitis anti NMDA",
            "están volviendo mis síntomas, es una recaída",
            "cada cuánto recae la encefalitis autoinmune",
            "ya no duerme otra vez, volvió la encefalitis",
        ],
        "sources": [TITULAER_2013, DALMAU_2019, GRAUS_2016],
        "related": [
            "recovery-timeline",
            "first-line-and-second-line-treatment",
            "memory-and-thinking-problems",
        ],
        "reviewer": 1,
        "reviewed_on": "2026-08-25",
        "next_review_due": "2027-08-25",
    },
    {
        "slug": "looking-after-yourself-as-a-carer",
        "category": "carers",
        "question": "¿Cómo me cuido mientras cuido a alguien con EA?",
        "short_answer": (
            "Cuidar a alguien con EA es duro, y su salud también importa. "
            "Descanse, acepte ayuda, hable de cómo se siente y busque apoyo "
            "pronto."
        ),
        "answer": (
            "<p>Cuando un ser querido tiene encefalitis autoinmune (EA), la vida "
            "puede ponerse patas arriba. Quizá pase días enteros en el "
            "hospital. Quizá vea a la persona actuar de formas que le asustan. "
            "Más adelante, quizá la cuide en casa durante meses. Es normal "
            "sentirse cansado, asustado, enojado, triste o culpable. Esos "
            "sentimientos no le hacen peor cuidador.</p>"
            "<h2>Cuide su cuerpo</h2>"
            "<ul>"
            "<li>Intente dormir, aunque sea a ratos.</li>"
            "<li>Coma a sus horas y beba agua.</li>"
            "<li>Salga a caminar un poco o a tomar aire.</li>"
            "<li>No falte a sus propias citas médicas y tome sus "
            "medicamentos.</li>"
            "</ul>"
            "<h2>Reparta la carga</h2>"
            "<ul>"
            "<li>Haga una lista de tareas que otros pueden hacer: comidas, "
            "transporte, mascotas, recoger a los niños.</li>"
            "<li>Elija a una persona para dar las noticias a todos los "
            "demás.</li>"
            "<li>Túrnese en el hospital con familia o amigos.</li>"
            "<li>Pregunte al trabajador social por cuidados de relevo y apoyo "
            "en casa.</li>"
            "</ul>"
            "<h2>Mantenga todo en orden</h2>"
            "<ul>"
            "<li>Guarde en una carpeta o libreta los resultados, los "
            "medicamentos y sus preguntas.</li>"
            "<li>Escriba sus preguntas antes de hablar con el equipo.</li>"
            "<li>Pida que le expliquen otra vez si algo no queda claro. Puede "
            "pedir un intérprete.</li>"
            "</ul>"
            "<h2>Cuide sus emociones</h2>"
            "<ul>"
            "<li>Hable con alguien de confianza sobre cómo se siente.</li>"
            "<li>Únase a un grupo de apoyo. Conocer a otras familias ayuda "
            "mucho.</li>"
            "<li>Pregunte a su médico por terapia si se siente triste o ansioso "
            "por mucho tiempo.</li>"
            "<li>Permítase momentos de alegría. Está bien reír.</li>"
            "</ul>"
            "<h2>Señales de que necesita más ayuda</h2>"
            "<ul>"
            "<li>Se siente sin esperanza o vacío casi todo el tiempo.</li>"
            "<li>No puede dormir aunque tenga la oportunidad.</li>"
            "<li>Está enojado todo el tiempo o teme perder el control.</li>"
            "<li>Bebe más alcohol o usa otras cosas para aguantar.</li>"
            "</ul>"
            "<p>Si piensa en hacerse daño, llame o envíe un texto al 988, la "
            "Línea de Prevención del Suicidio y Crisis. Si alguien está en "
            "peligro, llame al 911.</p>"
            "<p>Cuidarse no es egoísmo. Le ayuda a seguir adelante por la "
            "persona que cuida.</p>"
        ),
        "also_asked": [
            "estoy agotada de cuidar a mi esposo con encefalitis",
            "cómo sobrellevar que mi hijo tenga encefalitis autoinmune",
            "ayuda para el agotamiento del cuidador",
            "me siento culpable por necesitar un descanso",
        ],
        "sources": [MEDLINEPLUS_CAREGIVERS, ENCEPHALITIS_INTERNATIONAL, LIFELINE_988],
        "related": [
            "helping-during-a-seizure",
            "recovery-timeline",
            "psychiatric-symptoms",
        ],
        "reviewer": 2,
        "reviewed_on": "2026-10-05",
        "next_review_due": "2027-10-05",
    },
    {
        "slug": "helping-during-a-seizure",
        "category": "carers",
        "question": "¿Cómo puedo ayudar a alguien durante una convulsión?",
        "short_answer": (
            "Mantenga la calma, proteja a la persona, mida cuánto dura la "
            "convulsión y póngala de lado. Nunca le meta nada en la boca. Llame "
            "al 911 si dura más de 5 minutos."
        ),
        "answer": (
            "<p>Ver una convulsión puede dar mucho miedo. La mayoría paran "
            "solas en pocos minutos. Su tarea es mantener a la persona segura "
            "hasta que termine.</p>"
            "<h2>Durante una convulsión con sacudidas</h2>"
            "<ol>"
            "<li><strong>Mantenga la calma y quédese con la "
            "persona.</strong></li>"
            "<li><strong>Mire la hora.</strong> Anote cuándo empezó.</li>"
            "<li><strong>Protéjala.</strong> Ayúdela a bajar al suelo. Aparte "
            "las cosas duras o filosas. Ponga algo blando bajo su cabeza.</li>"
            "<li><strong>Afloje</strong> lo que apriete el cuello. Quítele los "
            "lentes.</li>"
            "<li><strong>Póngala de lado</strong> si puede. Así respira "
            "mejor.</li>"
            "<li>Si tiene un plan con medicamento de rescate, sígalo.</li>"
            "</ol>"
            "<h2>No haga esto</h2>"
            "<ul>"
            "<li>No la sujete ni intente parar los movimientos.</li>"
            "<li>No le meta nada en la boca. No se puede tragar la "
            "lengua.</li>"
            "<li>No le dé comida ni bebida hasta que esté bien despierta.</li>"
            "</ul>"
            "<h2>Llame al 911 si</h2>"
            "<ul>"
            "<li>La convulsión dura más de 5 minutos.</li>"
            "<li>Empieza otra convulsión antes de que despierte.</li>"
            "<li>Tiene dificultad para respirar o no despierta después.</li>"
            "<li>Se lastimó, o la convulsión fue en el agua.</li>"
            "<li>Es su primera convulsión.</li>"
            "<li>Está embarazada o tiene diabetes.</li>"
            "<li>Usted está preocupado o no está seguro.</li>"
            "</ul>"
            "<h2>Convulsiones sin sacudidas</h2>"
            "<p>Algunas convulsiones parecen una mirada fija, confusión o "
            "caminar sin rumbo. Quédese con la persona. Guíela con suavidad "
            "lejos del peligro, como el tráfico o las escaleras. Háblele con "
            "calma. No la agarre con fuerza.</p>"
            "<h2>Después de la convulsión</h2>"
            "<ul>"
            "<li>Déjela de lado hasta que despierte.</li>"
            "<li>Fíjese en que respire.</li>"
            "<li>Quédese con ella. Puede estar confundida, con sueño o "
            "alterada.</li>"
            "<li>Explíquele con calma lo que pasó.</li>"
            "</ul>"
            "<h2>Anótelo</h2>"
            "<p>Apunte la hora, cuánto duró y cómo fue. Un video con el teléfono "
            "puede ayudar al médico, si es seguro grabarlo. Compártalo con el "
            "equipo médico.</p>"
            "<p>Pida al equipo un plan escrito para convulsiones. Debe decir qué "
            "hacer y cuándo dar un medicamento de rescate.</p>"
        ),
        "also_asked": [
            "qué hago si a mi esposo le da una convulsión",
            "primeros auxilios en una convulsión paso a paso",
            "hay que meterle algo en la boca durante un ataque",
            "cuándo llamar a la ambulancia por una convulsión",
        ],
        "sources": [CDC_SEIZURE_FIRST_AID, EPILEPSY_FOUNDATION_FIRST_AID, GLAUSER_2016],
        "related": [
            "seizures-in-autoimmune-encephalitis",
            "what-is-myoclonus",
            "looking-after-yourself-as-a-carer",
        ],
        "reviewer": 0,
        "reviewed_on": "2026-10-13",
        "next_review_due": "2027-10-13",
    },
]


PAGES: list[dict[str, str]] = [
    {
        "slug": "about",
        "title": "Quiénes somos",
        "intro": (
            "La Northbridge Autoimmune Encephalitis Society es una organización "
            "benéfica inventada para mostrar cómo funciona patientfaq."
        ),
        "body": (
            "<p><strong>Este es contenido de demostración de patientfaq. La "
            "Northbridge Autoimmune Encephalitis Society no es una organización "
            "benéfica real.</strong> Su historia, personas, números y "
            "direcciones son inventados.</p>"
            "<h2>Nuestra historia</h2>"
            "<p>En esta historia de demostración, la sociedad se fundó en 2009. "
            "La fundaron Miriam Castell y Daniel Osei-Hart. Los hijos de ambos "
            "enfermaron gravemente de encefalitis autoinmune. Se conocieron en "
            "una sala de espera del hospital. Vieron que había poca información "
            "clara para las familias. Así que empezaron a escribir respuestas a "
            "las preguntas que ellos mismos se habían hecho, y pidieron a "
            "médicos que las revisaran.</p>"
            "<h2>Qué hacemos</h2>"
            "<ul>"
            "<li>Publicamos respuestas en lenguaje sencillo, revisadas por "
            "profesionales clínicos.</li>"
            "<li>Escuchamos las preguntas de pacientes y familias, y escribimos "
            "respuestas nuevas donde faltan.</li>"
            "<li>Ofrecemos respuestas en más de un idioma, todas "
            "revisadas.</li>"
            "</ul>"
            "<p>No damos consejo médico personal. Para preguntas sobre su "
            "propia atención, hable con su médico o su equipo de salud.</p>"
            "<h2>Nuestra situación legal</h2>"
            "<p>En esta demostración, la sociedad es una organización benéfica "
            "pública 501(c)(3) de Estados Unidos. Su número de identificación "
            "fiscal es 00-0000000, un valor de relleno. Las donaciones a una "
            "organización 501(c)(3) real pueden deducirse de impuestos, pero a "
            "esta demostración no se puede donar.</p>"
            "<h2>Dinero y cuentas</h2>"
            "<p>Los estados financieros están disponibles a solicitud. En esta "
            "demostración, el formulario de solicitud muestra cómo una "
            "organización real podría compartir sus cuentas.</p>"
            "<h2>Contacto</h2>"
            "<p>Correo: hello@example.org. Teléfono: +1 (555) 010-0199. Son "
            "datos de relleno y no llegan a nadie.</p>"
        ),
    },
    {
        "slug": "donate",
        "title": "Donar",
        "intro": (
            "Esta página muestra cómo funcionarían las donaciones en una "
            "organización real; a esta demostración no se puede donar dinero."
        ),
        "body": (
            "<p><strong>Esto es una demostración. No se cobra nada y no se "
            "mueve dinero.</strong> La Northbridge Autoimmune Encephalitis "
            "Society no es una organización benéfica real.</p>"
            "<h2>Cómo funcionaría</h2>"
            "<p>Una organización real que use patientfaq podría enlazar esta "
            "página con su propio servicio seguro de donaciones. Las personas "
            "podrían donar una vez o cada mes, y recibirían un recibo.</p>"
            "<h2>Para qué servirían las donaciones</h2>"
            "<ul>"
            "<li>Escribir y actualizar respuestas.</li>"
            "<li>Pagar a profesionales clínicos para revisar cada "
            "respuesta.</li>"
            "<li>Traducciones revisadas a más idiomas.</li>"
            "<li>Mantener el sitio seguro, rápido y fácil de usar.</li>"
            "</ul>"
            "<h2>Impuestos</h2>"
            "<p>En Estados Unidos, las donaciones a una organización benéfica "
            "pública 501(c)(3) pueden deducirse de impuestos. El número fiscal "
            "de esta demostración, 00-0000000, es un valor de relleno. No lo "
            "use en ningún formulario de impuestos.</p>"
            "<h2>Otras formas de ayudar</h2>"
            "<ul>"
            "<li>Díganos qué preguntas no encontró respondidas.</li>"
            "<li>Comparta su experiencia para mejorar una respuesta.</li>"
            "<li>Hable a otras personas de fuentes de información "
            "fiables.</li>"
            "</ul>"
            "<p>Para pedir nuestros estados financieros, use el formulario del "
            "pie de página. En esta demostración, las solicitudes se guardan "
            "para el personal, pero no existen cuentas reales.</p>"
        ),
    },
    {
        "slug": "advisory-board",
        "title": "Consejo asesor",
        "intro": (
            "Los profesionales clínicos y asesores que revisan nuestras "
            "respuestas; todos son inventados para esta demostración."
        ),
        "body": (
            "<p><strong>Todas las personas de esta página son ficticias y se "
            "inventaron para la demostración de patientfaq.</strong> Cualquier "
            "parecido con una persona real es casualidad.</p>"
            "<h2>Revisores clínicos</h2>"
            "<p>Estos profesionales revisan las respuestas médicas antes de "
            "publicarlas, y otra vez cuando toca una nueva revisión.</p>"
            "<ul>"
            "<li><strong>Dr. Amara Okafor</strong>, MD, neuróloga. Revisa "
            "respuestas sobre convulsiones, movimientos, pruebas y "
            "recuperación.</li>"
            "<li><strong>Dr. Henrik Valdés</strong>, MD, PhD, neuroinmunólogo. "
            "Revisa respuestas sobre anticuerpos, tratamientos inmunitarios y "
            "recaídas.</li>"
            "<li><strong>Dr. Leena Marwick</strong>, PsyD, neuropsicóloga "
            "clínica. Revisa respuestas sobre memoria, ánimo, conducta, "
            "cuidadores y la vuelta al trabajo o a la escuela.</li>"
            "</ul>"
            "<h2>Asesores con experiencia propia</h2>"
            "<ul>"
            "<li><strong>Rosa Delgado-Finch</strong>, asesora de pacientes. En "
            "nuestra historia de demostración, se recuperó de una encefalitis "
            "por LGI1. Comprueba que las respuestas sean claras y "
            "amables.</li>"
            "<li><strong>Samuel Idowu</strong>, asesor de cuidadores. En "
            "nuestra historia de demostración, cuidó a su esposa durante una "
            "encefalitis anti-receptor NMDA. Ayuda a dar forma a las respuestas "
            "para familias.</li>"
            "</ul>"
            "<h2>Cómo se elige a los asesores</h2>"
            "<p>Los asesores sirven tres años. Cada uno declara cualquier pago "
            "o vínculo con empresas que pueda influir en su opinión. No revisan "
            "respuestas en las que tengan un conflicto de intereses.</p>"
        ),
    },
    {
        "slug": "editorial-policy",
        "title": "Política editorial",
        "intro": (
            "Cómo se escribe, revisa, documenta y mantiene al día cada respuesta de este sitio."
        ),
        "body": (
            "<p>Esta política forma parte de la demostración de patientfaq. "
            "Muestra cómo una organización real puede mantener sus respuestas "
            "seguras y correctas.</p>"
            "<h2>Quién escribe las respuestas</h2>"
            "<p>Cada respuesta la escribe nuestro personal, con sus propias "
            "palabras. Escribimos en lenguaje sencillo y explicamos las "
            "palabras médicas la primera vez que aparecen.</p>"
            "<h2>Sin textos médicos escritos por máquinas</h2>"
            "<p>No publicamos textos médicos escritos por un programa o por "
            "inteligencia artificial. Cada palabra que lee un paciente la "
            "escribió una persona y la aprobó un profesional clínico. El sitio "
            "puede usar programas para relacionar su pregunta con una "
            "respuesta, pero nunca para escribirla.</p>"
            "<h2>Revisión clínica</h2>"
            "<ul>"
            "<li>Cada respuesta médica la revisa un profesional clínico "
            "cualificado antes de publicarse.</li>"
            "<li>Cada página muestra quién la revisó y cuándo.</li>"
            "<li>Cada respuesta se revisa otra vez al menos cada dos años, o "
            "antes si cambia la ciencia.</li>"
            "<li>Si una revisión se atrasa, la hacemos o retiramos la "
            "respuesta.</li>"
            "</ul>"
            "<h2>Fuentes</h2>"
            "<p>Basamos las respuestas en fuentes fiables, como artículos de "
            "investigación, guías médicas y sitios de salud oficiales. "
            "Mostramos las fuentes principales en cada página.</p>"
            "<h2>Traducciones</h2>"
            "<p>Cada traducción la escribe o revisa una persona, y pasa la "
            "misma revisión clínica que la respuesta en inglés. Si una "
            "traducción está desactualizada, lo decimos y enlazamos a la "
            "versión actual.</p>"
            "<h2>Independencia</h2>"
            "<p>No aceptamos dinero que permita a nadie influir en nuestras "
            "respuestas. No anunciamos productos.</p>"
            "<h2>Correcciones</h2>"
            "<p>Si encuentra un error, escríbanos a hello@example.org. "
            "Revisamos cada aviso. En esta demostración, esa dirección es de "
            "relleno.</p>"
        ),
    },
    {
        "slug": "accessibility",
        "title": "Declaración de accesibilidad",
        "intro": (
            "Queremos que todas las personas puedan usar este sitio, también "
            "quienes están cansadas, ven poco o usan tecnología de apoyo."
        ),
        "body": (
            "<p>Esta declaración forma parte de la demostración de "
            "patientfaq.</p>"
            "<h2>Nuestro objetivo</h2>"
            "<p>Buscamos cumplir las Pautas de Accesibilidad para el Contenido "
            "Web (WCAG) 2.2 en el nivel AA. Son normas internacionales para que "
            "las personas con discapacidad puedan usar los sitios web.</p>"
            "<h2>Lo que puede hacer en este sitio</h2>"
            "<ul>"
            "<li>Agrandar el texto con el control de tamaño, o con el zoom del "
            "navegador hasta el 400 por ciento.</li>"
            "<li>Cambiar a colores de alto contraste.</li>"
            "<li>Usar todo el sitio solo con el teclado.</li>"
            "<li>Usar un lector de pantalla. Las páginas tienen títulos y "
            "etiquetas claros.</li>"
            "<li>Leer primero una respuesta corta, antes de la completa.</li>"
            "<li>Imprimir cualquier respuesta con un diseño limpio para "
            "llevarla a su médico.</li>"
            "<li>Leer las respuestas en más de un idioma.</li>"
            "</ul>"
            "<h2>Lenguaje sencillo</h2>"
            "<p>Usamos frases cortas y explicamos las palabras médicas.</p>"
            "<h2>Problemas conocidos</h2>"
            "<p>Algunos documentos antiguos, como los estados financieros en "
            "PDF, quizá no sean del todo accesibles. Pídanos otro formato y le "
            "ayudaremos.</p>"
            "<h2>Informar de un problema</h2>"
            "<p>Si algo de este sitio es difícil de usar, díganoslo. Escriba a "
            "hello@example.org o llame al +1 (555) 010-0199. Díganos la "
            "página, qué intentaba hacer y qué dispositivo o tecnología de "
            "apoyo usa. Intentamos responder en 5 días hábiles. En esta "
            "demostración, estos datos de contacto son de relleno.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Privacidad",
        "intro": "Qué pasa con las preguntas que escribe y qué datos no recogemos.",
        "body": (
            "<p>Este aviso de privacidad forma parte de la demostración de "
            "patientfaq.</p>"
            "<h2>Las preguntas que hace</h2>"
            "<ul>"
            "<li>No necesita una cuenta para hacer una pregunta.</li>"
            "<li>Guardamos el texto de su pregunta para encontrar lo que falta "
            "en nuestras respuestas.</li>"
            "<li>No guardamos su dirección IP con la pregunta, ni la unimos a "
            "ninguna cuenta.</li>"
            "<li>Las preguntas se guardan 90 días y después se borran.</li>"
            "<li>Después, solo guardamos cifras, como cuántas personas "
            "preguntaron por un tema.</li>"
            "</ul>"
            "<p>Por favor, no escriba su nombre, dirección ni otros datos "
            "personales en la caja de preguntas.</p>"
            "<h2>Correo electrónico</h2>"
            "<p>Solo le escribimos si usted nos lo pide, por ejemplo para "
            "recibir una respuesta cuando esté lista. Usamos su correo solo "
            "para eso. Puede pedirnos que lo borremos en cualquier "
            "momento.</p>"
            "<h2>Cookies</h2>"
            "<p>Solo usamos las cookies necesarias para que el sitio funcione, "
            "como el idioma y el tamaño del texto que elija. No usamos cookies "
            "de publicidad.</p>"
            "<h2>Compartir datos</h2>"
            "<p>No vendemos ni compartimos su información con "
            "anunciantes.</p>"
            "<h2>Sus derechos</h2>"
            "<p>Puede preguntar qué datos tenemos sobre usted y pedir que los "
            "borremos. Escriba a hello@example.org. En esta demostración, esa "
            "dirección es de relleno.</p>"
            "<h2>Ayuda urgente</h2>"
            "<p>No leemos las preguntas en tiempo real. Si necesita ayuda "
            "urgente, llame al 911. Si está en crisis, llame o envíe un texto "
            "al 988.</p>"
        ),
    },
]

HOME_TITLE = "Preguntas y respuestas"
HOME_INTRO = (
    "Contenido de demostración: esta sociedad ficticia muestra lo que hace patientfaq. Escriba "
    "su pregunta con sus propias palabras o elija un tema."
)
