# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E501 {file}
# hubls-tool: ruff
MESSAGE = "this configuration value has grown well past the line length limit that the project set"


def build(a_long_parameter_name, another_long_parameter_name, yet_another_one, and_one_more):
    return a_long_parameter_name
