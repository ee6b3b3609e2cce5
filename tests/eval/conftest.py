from pathlib import Path

import pytest

LGL_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Fighting in Aleppo and Homs.]]></text>
    <toponyms>
      <toponym><start>12</start><end>18</end><phrase>Aleppo</phrase>
        <gaztag geonameid="170063"><name>Aleppo</name><fclass>P</fclass><fcode>PPLA</fcode>
          <lat>36.20</lat><lon>37.16</lon><country>Syria</country><admin1>Aleppo</admin1>
        </gaztag></toponym>
      <toponym><start>23</start><end>27</end><phrase>Homs</phrase></toponym>
    </toponyms>
  </article>
  <article docid="2">
    <text><![CDATA[Calm in Raqqa.]]></text>
    <toponyms>
      <toponym><start>8</start><end>13</end><phrase>Raqqa</phrase>
        <gaztag geonameid="163915"><lat>35.95</lat><lon>39.01</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""

# one offset is wrong (Paris at 20 instead of 21) and one phrase is not in the text at all
GWN_XML = """<?xml version="1.0" ?>
<articles>
  <article file="0">
    <title>t</title>
    <text>The French met in  Paris, citizens said.</text>
    <toponyms>
      <toponym><extractedName>Paris</extractedName><type>Literal</type>
        <nonLocational>No</nonLocational><start>18</start><end>23</end>
        <geonamesID>2988507</geonamesID><latitude>48.85</latitude><longitude>2.35</longitude>
      </toponym>
      <toponym><extractedName>French</extractedName><type>Demonym</type>
        <nonLocational>No</nonLocational><start>4</start><end>10</end></toponym>
      <toponym><extractedName>citizens</extractedName><type>Non_Lit_Expression</type>
        <nonLocational>Yes</nonLocational><start>26</start><end>34</end></toponym>
      <toponym><extractedName>Lyon</extractedName><type>Literal</type>
        <nonLocational>No</nonLocational><start>-40</start><end>-36</end>
        <geonamesID/><latitude>45.75</latitude><longitude>4.85</longitude></toponym>
    </toponyms>
  </article>
</articles>
"""

WIKTOR_JSONL = (
    '{"id": "0", "text": "Margate is in Kent.", "toponyms": ['
    '{"name": "Margate", "phrase": "Margate", "lat": 51.38, "lon": 1.38, "start": 0, "end": 7}]}\n'
)


@pytest.fixture
def lgl_file(tmp_path: Path) -> Path:
    path = tmp_path / "no_extension_hint"
    path.write_text(LGL_XML, encoding="utf-8")
    return path


@pytest.fixture
def gwn_file(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.data"
    path.write_text(GWN_XML, encoding="utf-8")
    return path


@pytest.fixture
def wiktor_file(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.txt"
    path.write_text(WIKTOR_JSONL, encoding="utf-8")
    return path
