import json
import missing_dependency_for_aw_tests


def render(data):
    return json.dumps(data)
