"""`generate`: the golden tree, determinism, drift checks, atomic failure, no-op speed path,
and the generated code's own quality gates (ruff, mypy --strict)."""

from __future__ import annotations

import keyword
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import generator.codegen.models
from generator.codegen import GenerationFailed, generate, generate_one
from generator.codegen.naming import names_for
from generator.codegen.tree import differences, module_files, tree_hash
from generator.errors import GeneratorError, UsageError
from tests.codegen.golden import EXPECTED, REFRESH, SPEC, render

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]


def test_golden_tree(tmp_path: Path) -> None:
    tree = render(tmp_path)
    stale = differences(EXPECTED / SPEC.stem, tree)
    assert not stale, (
        f"generated code differs from the golden tree: {stale}; if deliberate, run {REFRESH}"
    )


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = render(tmp_path / "a"), render(tmp_path / "b")
    assert tree_hash(first) == tree_hash(second)


def test_committed_packages_are_current() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in GENERATED.iterdir()) == APIS


def test_check_names_stale_files(tmp_path: Path) -> None:
    shutil.copytree(GENERATED / "kupe", tmp_path / "kupe")
    client = tmp_path / "kupe" / "kupe_client" / "client.py"
    client.write_text(client.read_text() + "# a hand edit\n")
    (tmp_path / "kupe" / "stray.py").write_text("x = 1\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(ROOT / "specs" / "kupe.yaml"),
            "--output",
            str(tmp_path),
            "--check",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 1
    assert f"{tmp_path}/kupe/kupe_client/client.py" in result.stderr
    assert f"{tmp_path}/kupe/stray.py (not generated)" in result.stderr
    assert "run `make generate`" in result.stderr
    assert client.read_text().endswith("# a hand edit\n")  # --check writes nothing


def test_failure_leaves_previous_tree_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_one(SPEC, tmp_path)
    before = tree_hash(tmp_path / SPEC.stem)

    def explode(spec: object) -> str:
        raise ValueError("the model generator broke")

    monkeypatch.setattr(generator.codegen.models, "render_models", explode)
    with pytest.raises(GenerationFailed, match=r"tests/codegen/golden/widgets.yaml: ValueError"):
        generate_one(SPEC, tmp_path, force=True)
    assert tree_hash(tmp_path / SPEC.stem) == before
    assert [p.name for p in tmp_path.iterdir()] == [SPEC.stem]  # no staging left behind


def test_resources_with_versions_in_two_headers_are_refused_by_name(tmp_path: Path) -> None:
    """Each resource files its versions under its own name, but the client reads one version
    header: resources whose versions travel in different headers are refused, naming both,
    rather than silently given the first one's."""
    document = yaml.safe_load(SPEC.read_text())
    widget = document["x-resources"]["widget"]

    def concurrency(header: str) -> dict[str, object]:  # well-formed: only the facade refuses
        return {
            "token": {"header": header},
            "precondition": {
                "header": "Widget-Request-Key",
                "required": False,
                "operations": ["createWidget"],
            },
        }

    document["x-resources"] = {
        "widget": {
            **widget,
            "operations": {"get": "getWidget"},
            "concurrency": concurrency("ETag"),
        },
        "twin": {
            **widget,
            "operations": {"create": "createWidget"},
            "concurrency": concurrency("X-Twin-Version"),
        },
    }
    # each header declared where the resource answers, so that only the facade refuses them
    created = document["paths"]["/widgets"]["post"]["responses"]["201"]
    created["headers"] = {"X-Twin-Version": {"schema": {"type": "string"}}}
    read = document["paths"]["/widgets/{id}"]["get"]["responses"]["200"]
    read["headers"] = {"ETag": {"schema": {"type": "string"}}}
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    with pytest.raises(GenerationFailed, match=r"different headers \(ETag, X-Twin-Version\)"):
        generate_one(spec, tmp_path / "out")


def test_noop_regeneration_skips_without_heavy_imports(tmp_path: Path) -> None:
    generate_one(SPEC, tmp_path)
    probe = (
        "import sys; from pathlib import Path; from generator.codegen import generate_one;"
        f"o = generate_one(Path({str(SPEC)!r}), Path({str(tmp_path)!r}));"
        "print(o.state, 'openapi_python_client' in sys.modules,"
        " 'datamodel_code_generator' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert result.stdout.split() == ["up", "to", "date", "False", "False"]


def test_every_file_carries_the_banner() -> None:
    for api in APIS:
        for path in (GENERATED / api).rglob("*"):
            if path.is_file():
                first = path.read_text(encoding="utf-8").splitlines()[0]
                assert f"generated from specs/{api}.yaml - do not edit" in first, path


@pytest.mark.parametrize("api", APIS)
def test_generated_code_passes_ruff_and_mypy_strict(api: str, tmp_path: Path) -> None:
    package = GENERATED / api
    cache = str(tmp_path / "mypy-cache")  # keep generated/ free of tool by-products
    ruff = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "."],
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ruff.returncode == 0, ruff.stdout
    fmt = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--no-cache", "."],
        cwd=package,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fmt.returncode == 0, fmt.stdout
    module = api.replace("-", "_") + "_client"
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", cache, module],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_any_file_name_gives_a_safe_api_name(tmp_path: Path) -> None:
    """`generate My_Api.yaml` makes the package my-api (my_api_client); `--name` chooses the
    name instead and a bad one is one `error:` line with exit 2; an API name finds a bundled
    spec as `validate` and `serve` do."""
    spec = tmp_path / "My_Api.yaml"
    shutil.copy(SPEC, spec)
    command = [sys.executable, "-m", "generator", "generate", "--output"]
    made = subprocess.run([*command, str(tmp_path / "out"), str(spec)], capture_output=True)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "out" / "my-api" / "my_api_client" / "facade.py").is_file()
    bad = subprocess.run(
        [*command, str(tmp_path / "out"), "--name", "My_Api", str(spec)],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("error: --name 'My_Api'"), bad.stderr
    assert len(bad.stderr.splitlines()) == 1
    named = subprocess.run(
        [*command, str(GENERATED), "--check", "kupe"], capture_output=True, text=True
    )
    assert named.returncode == 0, named.stderr


@pytest.mark.parametrize(
    ("file", "title", "chosen", "api"),
    [
        ("kupe.yaml", "Kupe API", None, "kupe"),
        ("petstore_v2.json", "Swagger Petstore", None, "petstore-v2"),
        ("openapi.yaml", "Swagger Petstore", None, "swagger-petstore"),
        ("swagger.json", None, None, "swagger"),
        ("2024-api.yaml", None, None, "api-2024-api"),
        ("MyKupe (copy).yml", None, None, "my-kupe-copy"),
        ("openapi.yaml", "Kupe", "tenant-clusters", "tenant-clusters"),
        ("none.yaml", None, None, "none"),
    ],
)
def test_api_names(file: str, title: str | None, chosen: str | None, api: str) -> None:
    names = names_for(Path(file), title, chosen)
    assert names.api == api
    for name in (names.package, names.facade):
        assert name.isidentifier()
        assert not keyword.iskeyword(name)


@pytest.mark.parametrize("bad", ["My_Api", "-x", "x--y", "1api", "a" * 61, ""])
def test_a_chosen_name_is_checked_not_rewritten(bad: str) -> None:
    with pytest.raises(UsageError, match="--name"):
        names_for(Path("kupe.yaml"), None, bad)


def test_two_specs_that_would_share_a_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = tmp_path / "a" / "widgets.yaml", tmp_path / "b" / "widgets.yaml"
    shutil.copy(SPEC, first)
    shutil.copy(SPEC, second)
    with pytest.raises(GeneratorError, match="would both be generated into"):
        generate([first, second], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_input_hash_follows_the_modules_codegen_imports() -> None:
    """The generated tree depends on codegen and every module of ours it imports (read from
    the sources): a change in the model, the spec reader or the samples the README's examples
    come from makes packages stale, a change in serve or lint does not."""
    names = {name for name, _ in module_files("generator.codegen")}
    assert {"codegen/facade.py", "codegen/templates/facade.py.jinja"} <= names
    assert {"apimodel/vocabulary.py", "apimodel/vocabulary.schema.json"} <= names
    assert {"spec/loader.py", "errors.py"} <= names
    assert "apimodel/samples.py" in names
    assert not any(n.startswith(("serve/", "lint/", "validate/", "fuzz/", "cli")) for n in names)


def test_an_operation_named_like_the_base_client_keeps_both_working(tmp_path: Path) -> None:
    """An operation called `close` (or `request`, `send`...) outside every resource becomes
    `close_`, so that the client's own `close` is not shadowed."""
    document = yaml.safe_load(SPEC.read_text())
    get = document["paths"]["/widgets/{id}"]["get"]
    document["paths"]["/ping"] = {
        "get": {**get, "operationId": "close", "summary": "Ping", "parameters": []}
    }
    spec = tmp_path / "widgets.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False))
    generate_one(spec, tmp_path / "out")
    facade = (tmp_path / "out" / "widgets" / "widgets_client" / "facade.py").read_text()
    assert "    def close_(\n" in facade
    assert "    def close(\n" not in facade
