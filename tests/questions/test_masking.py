import pytest

from patientfaq.questions.masking import mask_personal_data


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Write to me at jane.doe+faq@example.co.uk please", "Write to me at [email] please"),
        ("Call me on +1 (555) 123-4567 tonight", "Call me on [phone] tonight"),
        ("my number is 0176 1234567", "my number is [phone]"),
        ("My name is john and I have seizures", "My name is [name] and I have seizures"),
        (
            "Hi, my name is Maria Lopez Garcia, my son shakes",
            "Hi, my name is [name], my son shakes",
        ),
        ("I'm called Sam. Is myoclonus serious?", "I'm called [name]. Is myoclonus serious?"),
        ("Hola, soy María y tengo lupus", "Hola, soy [name] y tengo lupus"),
        ("Me llamo josé, ¿qué es el lupus?", "Me llamo [name], ¿qué es el lupus?"),
        ("Je m'appelle Jean-Pierre Dupont", "Je m'appelle [name]"),
        ("Ich bin Anna und habe Epilepsie", "Ich bin [name] und habe Epilepsie"),
        ("اسمي أحمد وعندي صرع", "اسمي [name] وعندي صرع"),
    ],
)
def test_it_masks_personal_data(text, masked):
    assert mask_personal_data(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "What is myoclonus?",
        "soy diabético, ¿puedo tomar esto?",
        "Since 12/03/2023 I take 1000 mg twice a day",
        "I am 45 and have MS",
        "The seizure lasted 5 minutes",
        "I am OK but worried about my son",
    ],
)
def test_it_leaves_medical_words_dates_and_doses_alone(text):
    assert mask_personal_data(text) == text


def test_it_masks_everything_in_one_message():
    masked = mask_personal_data(
        "My name is Ana Ruiz, mail ana@example.org or ring 555-123-4567: why do I jerk?"
    )
    assert masked == "My name is [name], mail [email] or ring [phone]: why do I jerk?"
    assert "Ana" not in masked and "example" not in masked
