# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=line-too-long {file}
# hubls-tool: pylint
MESSAGE = "this configuration value has grown well past the line length limit that the project set for it, and then some more"


def build(a_long_parameter_name, another_long_parameter_name, yet_another_one, and_one_more_param):
    return (a_long_parameter_name, another_long_parameter_name, yet_another_one, and_one_more_param)
