import json

import jsonschema
import pytest

from readouts.schema import generate, shipped


def test_shipped_schema_matches_the_model() -> None:
    assert shipped() == json.loads(json.dumps(generate(), sort_keys=True))


@pytest.mark.model
def test_seed_output_validates(seed_coded) -> None:  # type: ignore[no-untyped-def]
    jsonschema.validate(json.loads(seed_coded.model_dump_json()), shipped())
