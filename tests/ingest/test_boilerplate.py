from polemos.ingest.boilerplate import clean_saved_page, is_boilerplate, split_title_line


def test_title_line_splits_headline_and_site() -> None:
    assert split_title_line("Town falls to rebels - The Daily Example | World News") == (
        "Town falls to rebels",
        "The Daily Example",
    )


def test_short_signup_lines_are_boilerplate_but_news_is_not() -> None:
    assert is_boilerplate("Sign up to receive our latest updates! Register")
    assert is_boilerplate("Support independent reporting. Subscribe today!")
    assert not is_boilerplate("Rebels shelled the town of Idlib on Monday, killing three.")
    long_news = " ".join(["Officials said the offensive would continue."] * 12) + " Subscribe."
    assert not is_boilerplate(long_news)


def test_consent_paragraphs_go_whatever_their_length() -> None:
    consent = (
        "By submitting this form, you are consenting to receive marketing emails from us. " * 5
    )
    assert is_boilerplate(consent)


def test_plain_article_without_title_lines_is_kept_whole() -> None:
    text = (
        "Government forces recaptured the town of Palmyra on Thursday after weeks of heavy "
        "fighting with Islamic State militants, state media said.\n\nThe army said dozens "
        "of militants were killed."
    )
    page = clean_saved_page(text)
    assert page.text.startswith("Government forces recaptured")
    assert "dozens of militants" in page.text


def test_a_lone_headline_is_the_text_not_a_title() -> None:
    page = clean_saved_page("Shelling kills 3 in Douma")
    assert page.text == "Shelling kills 3 in Douma" and page.title == ""


def test_character_references_in_plain_text_are_read() -> None:
    page = clean_saved_page("Strikes on Maarrat al-Nu&#8217;man &amp; the &#8220;truce&#8221; area")
    assert page.text == "Strikes on Maarrat al-Nu’man & the “truce” area"
    # an ampersand that references nothing stays as written
    text = "AT&T and R&D staff left Aleppo"
    assert clean_saved_page(text).text == text
