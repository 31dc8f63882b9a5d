// The man page and the shell completions, generated from the command line's
// own definitions (the CLI11 app ParseOptions builds), so that they name
// exactly the subcommands, options and choices the binary accepts. The build
// runs `factlint --man-page` and `factlint --completion bash|zsh` and
// installs what they print.
#ifndef FACTLINT_CLI_CLI_DOCS_H_
#define FACTLINT_CLI_CLI_DOCS_H_

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace factlint {

// The choices an option's validator allows ("text", "json", ...), read from
// its CLI11 type name ("TEXT:{text,json}"); empty when it takes any value.
std::vector<std::string> OptionChoices(const CLI::Option& option);

// factlint(1) in roff (man macros): name, synopsis, description, every
// subcommand with its arguments and options, the options every command
// takes, and the app's footer (exit status, environment).
std::string ManPage(const CLI::App& app, std::string_view version);

// A completion script for `shell` ("bash" or "zsh"); "" for another shell.
std::string CompletionScript(const CLI::App& app, std::string_view shell);

// Adds the hidden options that print those (--man-page, --completion SHELL)
// and exit 0. Call after every subcommand and option is defined.
void AddGeneratorOptions(CLI::App& app);

}  // namespace factlint

#endif  // FACTLINT_CLI_CLI_DOCS_H_
