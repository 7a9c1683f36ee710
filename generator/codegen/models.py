"""Pydantic v2 models of a spec's schemas, by datamodel-code-generator."""

from __future__ import annotations

import warnings
from typing import Any

from generator.errors import GeneratorError
from generator.spec import Spec

HEADER = '''"""Pydantic v2 models of every schema in the spec, for validating and building payloads
in your own code (strict types, field constraints). The client itself reads and writes the
lenient classes in `.models`; see the package README for which to use when."""
'''


class ModelGenerationError(GeneratorError):
    """datamodel-code-generator refused a spec."""


def render_models(spec: Spec) -> str:
    """The source of `schemas.py` for one spec. Imported here: the generator is heavy."""
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import Formatter, PythonVersion

    options: dict[str, Any] = {
        "input_file_type": InputFileType.OpenAPI,
        "output_model_type": DataModelType.PydanticV2BaseModel,
        "target_python_version": PythonVersion.PY_311,
        "disable_timestamp": True,
        "use_annotated": True,
        "field_constraints": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_schema_description": True,
        "use_field_description": True,
        "formatters": [Formatter.BUILTIN],
    }
    with warnings.catch_warnings():
        # Unknown formats (AIP-157's field-mask) fall back to str, which is what we want.
        warnings.simplefilter("ignore")
        code = generate(dict(spec.document), **options)
    if not isinstance(code, str):
        made = "nothing" if code is None else f"{len(code)} modules"
        raise ModelGenerationError(
            f"{spec.display()}: datamodel-code-generator made {made} from /components/schemas "
            "instead of one module"
        )
    return HEADER + "\n" + code
