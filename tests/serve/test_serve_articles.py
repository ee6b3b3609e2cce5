"""POST /articles: the real pipeline behind a token, with clear 4xx errors."""

from __future__ import annotations

import json

import httpx
import pytest

HOSTILE = (
    "Islamic State fighters attacked the town of Tabqa on Monday, killing 12 civilians, "
    'residents said. <script>alert("x")</script> <img src=x onerror="alert(1)">'
)


def test_text_article_goes_through_the_pipeline_into_the_store(
    writer: httpx.Client, auth: dict[str, str], example_text: str
) -> None:
    assert writer.get("/stats").json()["total"] == 0
    response = writer.post(
        "/articles",
        content=example_text.encode(),
        params={"published": "2017-06-13", "title": "Raqqa"},
        headers={**auth, "Content-Type": "text/plain; charset=utf-8"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True and body["events"]
    assert any("Islamic State" in (e["actor1"], e["actor2"]) for e in body["events"])
    # each event has this article among its sources (merging may join it to a stored event)
    for event in body["events"]:
        assert body["article_id"] in {s["article_id"] for s in event["sources"]}
    # stored: the read endpoints see them
    assert writer.get("/stats").json()["total"] == len(body["events"])
    stored = writer.get(f"/events/{body['events'][0]['id']}").json()
    assert "Raqqa" in {s["title"] for s in stored["sources"]}

    again = writer.post(
        "/articles",
        content=example_text.encode(),
        params={"published": "2017-06-13", "title": "Raqqa"},
        headers={**auth, "Content-Type": "text/plain"},
    )
    assert again.status_code == 200
    assert again.json()["created"] is False and again.json()["article_id"] == body["article_id"]
    assert [e["id"] for e in again.json()["events"]] == [e["id"] for e in body["events"]]


def test_json_and_html_bodies(writer: httpx.Client, auth: dict[str, str]) -> None:
    record = {"title": "Tabqa", "published": "2017-06-13", "text": HOSTILE}
    response = writer.post("/articles", json=record, headers=auth)
    assert response.status_code == 201, response.text
    (event,) = [e for e in response.json()["events"] if e["location"]]
    # hostile markup is kept as the text it is, for the page to escape
    assert "<script>" in writer.get(f"/events/{event['id']}").text or event["sources"]
    page = (
        "<html><head><title>Mosul</title></head><body><article><p>Iraqi forces clashed with "
        "Islamic State fighters in Mosul on Sunday, killing 20 militants, the army said.</p>"
        "<p>The fighting went on in the old city for the third day.</p></article></body></html>"
    )
    response = writer.post(
        "/articles",
        content=page.encode(),
        params={"published": "2017-06-12"},
        headers={**auth, "Content-Type": "text/html"},
    )
    assert response.status_code == 201, response.text
    assert any(e["location"] and e["location"]["name"] for e in response.json()["events"])


def test_writes_need_the_token(writer: httpx.Client) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"}):
        response = writer.post("/articles", json={"text": HOSTILE}, headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        assert "Authorization: Bearer" in response.json()["detail"]


def test_writes_are_off_without_a_configured_token(tokenless_server: str) -> None:
    response = httpx.post(
        f"{tokenless_server}/articles",
        json={"text": HOSTILE},
        headers={"Authorization": "Bearer anything"},
    )
    assert response.status_code == 403
    assert "POLEMOS_TOKEN" in response.json()["detail"]
    assert httpx.get(f"{tokenless_server}/events").status_code == 200  # reads stay open


@pytest.mark.parametrize(
    ("content", "content_type", "status", "error"),
    [
        (b"", "text/plain", 422, "empty"),
        (b"\x00\x01binary", "text/plain", 422, "binary"),
        (b"\xff\xfe\xfa not utf-8", "text/plain", 422, "not UTF-8"),
        ("هاجم مقاتلو التنظيم المدينة أمس وقتلوا عشرات المدنيين قرب السوق المركزي في "
         "المدينة".encode(), "text/plain", 422, "not English"),
        (b"{not json", "application/json", 422, "bad JSON"),
        (b"[1, 2]", "application/json", 422, "bad record"),
        (json.dumps({"text": "a", "html": "<p>b</p>"}).encode(), "application/json", 422,
         "bad record"),
        (json.dumps({"text": 5}).encode(), "application/json", 422, "bad record"),
        (json.dumps({"text": "x", "fetch": "http://example.com"}).encode(), "application/json",
         422, "bad record"),
        (json.dumps({"text": HOSTILE, "published": "someday"}).encode(), "application/json",
         422, "bad date"),
        (b"hello", "application/xml", 415, "unsupported media type"),
        (b"hello", None, 415, "unsupported media type"),
    ],
)  # fmt: skip
def test_bad_bodies_are_4xx_with_a_reason(
    writer: httpx.Client,
    auth: dict[str, str],
    content: bytes,
    content_type: str | None,
    status: int,
    error: str,
) -> None:
    headers = dict(auth)
    if content_type:
        headers["Content-Type"] = content_type
    response = writer.post("/articles", content=content, headers=headers)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error and response.json()["detail"]


def test_bodies_over_the_limit_are_413(writer: httpx.Client, auth: dict[str, str]) -> None:
    big = b"The army shelled the town. " * 5000  # 135 kB > the 64 kB of this server
    response = writer.post("/articles", content=big, headers={**auth, "Content-Type": "text/plain"})
    assert response.status_code == 413 and response.json()["error"] == "too large"

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(50):
            yield b"x" * 4096

    response = writer.post(
        "/articles", content=chunks(), headers={**auth, "Content-Type": "text/plain"}
    )
    assert response.status_code == 413
