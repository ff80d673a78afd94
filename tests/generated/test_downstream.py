"""`hirehooks generate` for downstream repos: every model type imports and accepts every stored example."""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

import msgspec
import pytest

import hirehooks
from hirehooks._cli import main
from hirehooks._codegen import MODEL_TYPES, class_name, generate
from tests.conftest import EXAMPLES, load_module


def _load(path: Path, tag: str) -> types.ModuleType:
    return load_module(path, f"downstream_{tag}_{path.stem}")


@pytest.fixture(scope="module", params=MODEL_TYPES)
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """All names generated once per model type, as ``(model type, output directory)``."""
    out = tmp_path_factory.mktemp("downstream")
    assert len(generate(out, model_type=request.param)) == len(hirehooks.names())
    return request.param, out


def _accepts(model_type: str, model: Any, body: Any) -> None:
    if model_type == "pydantic_v2.BaseModel":
        model.model_validate(body)
    elif model_type == "msgspec.Struct":
        msgspec.convert(body, model)
    elif typing.get_origin(model) is list:  # a list root becomes an alias of list[Item]
        for item in body:
            _accepts(model_type, typing.get_args(model)[0], item)
    elif model_type == "dataclasses.dataclass":
        model(**body)
    else:  # typing.TypedDict checks nothing at run time: compare the keys with the declared ones
        hints = typing.get_type_hints(model, include_extras=True)  # __required_keys__ misses NotRequired
        required = {key for key, hint in hints.items() if typing.get_origin(hint) is not typing.NotRequired}
        assert required <= body.keys() <= hints.keys()


def test_every_module_imports_and_accepts_every_example(generated: tuple[str, Path]) -> None:
    model_type, out = generated
    checked = 0
    for name in hirehooks.names():
        module = _load(out.joinpath(*name.split(".")).with_suffix(".py"), model_type.split(".")[0])
        model = getattr(module, class_name(hirehooks.schema(name)["title"]))
        for body in hirehooks.examples(name).values():
            _accepts(model_type, model, body)
            checked += 1
    assert checked == len(EXAMPLES)


def test_pydantic_models_reject_what_the_schema_rejects(tmp_path: Path) -> None:
    (path,) = generate(tmp_path, only=["heymilo.interview_started"])
    model = _load(path, "strictness").InterviewStarted
    body = hirehooks.examples("heymilo.interview_started")["interview_started.json"]
    with pytest.raises(ValueError):
        model.model_validate({**body, "timestamp": "1770816760"})


def test_cli_writes_only_the_names_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = [
        "generate",
        "--out",
        str(tmp_path),
        "--model-type",
        "typing.TypedDict",
        "--only",
        "xobin.webhook_settings_request",
    ]
    assert main(argv) == 0
    assert sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.py")) == [
        "xobin/__init__.py",
        "xobin/webhook_settings_request.py",
    ]
    assert capsys.readouterr().err == f"wrote 1 modules into {tmp_path}\n"
    assert main(["generate", "--out", str(tmp_path), "--only", "nope.nothing"]) == 2
    (tmp_path / "a-file").write_text("")
    assert (
        main(["generate", "--out", str(tmp_path / "a-file"), "--only", "xobin.webhook_settings_request"]) == 2
    )
    assert "cannot write into" in capsys.readouterr().err


def test_msgspec_models_leave_out_only_the_start_or_submission_rule(tmp_path: Path) -> None:
    (path,) = generate(tmp_path, model_type="msgspec.Struct", only=["xobin.webhook_settings_request"])
    model = _load(path, "msgspec_rule").XobinWebhookSettingsRequest
    msgspec.convert({"webhooks": {}}, model)  # decision D18: neither webhook, yet accepted
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"webhooks": {"start": {"status": "yes", "url": "u"}}}, model)
