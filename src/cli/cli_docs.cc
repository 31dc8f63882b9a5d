#include "cli/cli_docs.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <sstream>

namespace factlint {
namespace {

// What completing an option's value offers.
enum class ValueKind { kNone, kChoices, kFile, kDirectory, kOther };

// A flag takes no value (--help has a type size but no type name).
bool IsFlag(const CLI::Option& o) {
  return o.get_type_size_max() == 0 || o.get_type_name().empty();
}

// The option's value name: "FILE", "DIR", "RULE=LEVEL"; "" for a flag.
std::string ValueName(const CLI::Option& o) {
  if (IsFlag(o)) return "";
  std::string type = o.get_type_name();
  return type.substr(0, type.find(':'));
}

ValueKind KindOf(const CLI::Option& o) {
  if (IsFlag(o)) return ValueKind::kNone;
  if (!OptionChoices(o).empty()) return ValueKind::kChoices;
  std::string name = ValueName(o);
  if (name == "DIR") return ValueKind::kDirectory;
  if (name == "FILE" || name == "PATH") return ValueKind::kFile;
  return ValueKind::kOther;
}

bool Repeatable(const CLI::Option& o) { return o.get_items_expected_max() > 1; }

std::string Upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// Options shown to users (a hidden option has no group), help first.
std::vector<const CLI::Option*> Named(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* o : app.get_options())
    if (o->nonpositional() && !o->get_group().empty()) out.push_back(o);
  return out;
}

std::vector<const CLI::Option*> Positionals(const CLI::App& app) {
  std::vector<const CLI::Option*> out;
  for (const CLI::Option* o : app.get_options())
    if (!o->nonpositional()) out.push_back(o);
  return out;
}

std::vector<const CLI::App*> Commands(const CLI::App& app) {
  std::vector<const CLI::App*> out;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty()) out.push_back(sub);
  return out;
}

std::string Join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

// ---- roff ----

// Text safe in roff: backslashes escaped, a leading '.' or '\'' defused,
// '-' as a real minus (so options can be searched and copied).
std::string Roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string RoffOptionHead(const CLI::Option& o) {
  std::vector<std::string> names;
  for (const std::string& s : o.get_snames()) names.push_back("\\fB\\-" + Roff(s) + "\\fR");
  for (const std::string& l : o.get_lnames()) names.push_back("\\fB\\-\\-" + Roff(l) + "\\fR");
  std::string head = Join(names, ", ");
  std::vector<std::string> choices = OptionChoices(o);
  if (!choices.empty()) head += " \\fI" + Roff(Join(choices, "|")) + "\\fR";
  else if (!IsFlag(o)) head += " \\fI" + Roff(ValueName(o)) + "\\fR";
  return head;
}

std::string RoffOptions(const std::vector<const CLI::Option*>& options) {
  std::string out;
  for (const CLI::Option* o : options) {
    out += ".TP\n" + RoffOptionHead(*o) + "\n" + Roff(o->get_description());
    if (Repeatable(*o)) out += " (repeatable)";
    out += "\n";
  }
  return out;
}

std::string Synopsis(const CLI::App& sub) {
  std::string out = "factlint " + sub.get_name();
  if (!Named(sub).empty()) out += " [options]";
  for (const CLI::Option* p : Positionals(sub)) {
    std::string name = Upper(p->get_name(true));
    if (Repeatable(*p)) name += "...";
    out += p->get_required() ? " " + name : " [" + name + "]";
  }
  return out;
}

// ---- shells ----

std::string ShellWords(const std::vector<std::string>& words) { return Join(words, " "); }

std::vector<std::string> LongNames(const std::vector<const CLI::Option*>& options) {
  std::vector<std::string> out;
  for (const CLI::Option* o : options) {
    for (const std::string& s : o->get_snames()) out.push_back("-" + s);
    for (const std::string& l : o->get_lnames()) out.push_back("--" + l);
  }
  return out;
}

// The options a subcommand accepts: its own and, through fallthrough, the
// app's (--config, --rules, ...).
std::vector<const CLI::Option*> Accepted(const CLI::App& app, const CLI::App& sub) {
  std::vector<const CLI::Option*> out = Named(sub);
  for (const CLI::Option* o : Named(app)) {
    bool help_or_version = false;
    for (const std::string& l : o->get_lnames())
      help_or_version = help_or_version || l == "help" || l == "version";
    if (!help_or_version) out.push_back(o);
  }
  return out;
}

std::string BashValueCases(const std::vector<const CLI::Option*>& options) {
  std::string out;
  for (const CLI::Option* o : options) {
    ValueKind kind = KindOf(*o);
    if (kind == ValueKind::kNone) continue;
    out += "        " + Join(LongNames({o}), "|") + ")\n          ";
    switch (kind) {
      case ValueKind::kChoices:
        out += "COMPREPLY=($(compgen -W \"" + ShellWords(OptionChoices(*o)) +
               "\" -- \"$cur\"))";
        break;
      case ValueKind::kDirectory:
        out += "_factlint_files -d";
        break;
      case ValueKind::kFile:
        out += "_factlint_files -f";
        break;
      default:
        out += "COMPREPLY=()";
        break;
    }
    out += "\n          return ;;\n";
  }
  return out;
}

std::string BashScript(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : Commands(app)) names.push_back(sub->get_name());
  std::ostringstream s;
  s << "# bash completion for factlint (generated by factlint --completion bash)\n"
       "_factlint_files() {\n"
       "  local IFS=$'\\n'\n"
       "  COMPREPLY=($(compgen \"$1\" -- \"$cur\"))\n"
       "  type compopt >/dev/null 2>&1 && compopt -o filenames\n"
       "}\n"
       "_factlint() {\n"
       "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
       "  local command='' i\n"
       "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
       "    case ${COMP_WORDS[i]} in\n"
       "      " << Join(names, "|") << ") command=${COMP_WORDS[i]}; break ;;\n"
       "    esac\n"
       "  done\n"
       "  case $command in\n";
  for (const CLI::App* sub : Commands(app)) {
    std::vector<const CLI::Option*> options = Accepted(app, *sub);
    s << "    " << sub->get_name() << ")\n"
      << "      case $prev in\n" << BashValueCases(options) << "      esac\n"
      << "      if [[ $cur == -* ]]; then\n"
      << "        COMPREPLY=($(compgen -W \"" << ShellWords(LongNames(options))
      << "\" -- \"$cur\"))\n";
    if (!Positionals(*sub).empty())
      s << "      else\n        _factlint_files -f\n";
    s << "      fi\n      ;;\n";
  }
  std::vector<const CLI::Option*> top = Named(app);
  s << "    *)\n"
    << "      case $prev in\n" << BashValueCases(top) << "      esac\n"
    << "      if [[ $cur == -* ]]; then\n"
    << "        COMPREPLY=($(compgen -W \"" << ShellWords(LongNames(top))
    << "\" -- \"$cur\"))\n"
    << "      else\n"
    << "        COMPREPLY=($(compgen -W \"" << ShellWords(names) << "\" -- \"$cur\"))\n"
    << "      fi\n      ;;\n"
    << "  esac\n"
    << "}\n"
    << "complete -F _factlint factlint\n";
  return s.str();
}

// Text inside a single-quoted zsh word, and inside _arguments' [...].
std::string ZshDescription(std::string text) {
  std::string out;
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else if (c == '[' || c == ']' || c == ':' || c == '\\') out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string ZshSpec(const CLI::Option& o) {
  std::string action;
  switch (KindOf(o)) {
    case ValueKind::kChoices:
      action = ":" + ZshDescription(ValueName(o)) + ":(" + ShellWords(OptionChoices(o)) + ")";
      break;
    case ValueKind::kDirectory: action = ":directory:_files -/"; break;
    case ValueKind::kFile: action = ":file:_files"; break;
    case ValueKind::kOther: action = ":" + ZshDescription(ValueName(o)) + ": "; break;
    case ValueKind::kNone: break;
  }
  std::string names = Join(LongNames({&o}), ",");
  std::string head = LongNames({&o}).size() > 1 ? "{" + names + "}" : names;
  std::string spec = "'" + std::string(Repeatable(o) ? "*" : "") + head + "[" +
                     ZshDescription(o.get_description()) + "]" + action + "'";
  return spec;
}

std::string ZshScript(const CLI::App& app) {
  std::ostringstream s;
  s << "#compdef factlint\n"
       "# zsh completion for factlint (generated by factlint --completion zsh)\n"
       "_factlint() {\n"
       "  local -a commands\n"
       "  commands=(\n";
  for (const CLI::App* sub : Commands(app))
    s << "    '" << sub->get_name() << ":" << ZshDescription(sub->get_description()) << "'\n";
  s << "  )\n"
       "  if (( CURRENT == 2 )); then\n"
       "    if [[ $words[CURRENT] == -* ]]; then\n"
       "      _arguments";
  for (const CLI::Option* o : Named(app)) s << " \\\n        " << ZshSpec(*o);
  s << "\n    else\n"
       "      _describe -t commands 'factlint command' commands\n"
       "    fi\n"
       "    return\n"
       "  fi\n"
       "  local command=$words[2]\n"
       "  shift words\n"
       "  (( CURRENT-- ))\n"
       "  case $command in\n";
  for (const CLI::App* sub : Commands(app)) {
    s << "    " << sub->get_name() << ")\n      _arguments -S";
    for (const CLI::Option* o : Accepted(app, *sub)) s << " \\\n        " << ZshSpec(*o);
    if (!Positionals(*sub).empty()) s << " \\\n        '*:path:_files'";
    s << "\n      ;;\n";
  }
  s << "  esac\n"
       "}\n"
       "_factlint \"$@\"\n";
  return s.str();
}

}  // namespace

std::vector<std::string> OptionChoices(const CLI::Option& option) {
  std::string type = option.get_type_name();
  size_t open = type.find('{'), close = type.rfind('}');
  std::vector<std::string> out;
  if (open == std::string::npos || close == std::string::npos || close < open) return out;
  std::string list = type.substr(open + 1, close - open - 1);
  for (size_t start = 0; start <= list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(start, comma - start);
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

std::string ManPage(const CLI::App& app, std::string_view version) {
  std::ostringstream s;
  std::string description = app.get_description();
  std::string summary = description.substr(0, description.find('.'));
  if (summary.rfind("factlint: ", 0) == 0) summary.erase(0, 10);
  s << ".TH FACTLINT 1 \"\" \"factlint " << Roff(version) << "\" \"User Commands\"\n"
    << ".SH NAME\nfactlint \\- " << Roff(summary) << "\n"
    << ".SH SYNOPSIS\n";
  for (const CLI::App* sub : Commands(app)) s << ".B " << Roff(Synopsis(*sub)) << "\n.br\n";
  s << ".B factlint \\-\\-help | \\-\\-version\n"
    << ".SH DESCRIPTION\n" << Roff(description) << "\n"
    << ".SH COMMANDS\n";
  for (const CLI::App* sub : Commands(app)) {
    s << ".SS \"" << Roff(Synopsis(*sub)) << "\"\n" << Roff(sub->get_description()) << "\n";
    for (const CLI::Option* p : Positionals(*sub))
      s << ".TP\n\\fI" << Roff(Upper(p->get_name(true))) << "\\fR\n" << Roff(p->get_description()) << "\n";
    s << RoffOptions(Named(*sub));
  }
  s << ".SH OPTIONS\nThese options are accepted before or after the command.\n"
    << RoffOptions(Named(app));
  // The footer's paragraphs ("Exit status: ...") become sections.
  std::istringstream footer(app.get_footer());
  for (std::string paragraph; std::getline(footer, paragraph);) {
    if (paragraph.empty()) continue;
    size_t colon = paragraph.find(": ");
    if (colon == std::string::npos) {
      s << ".PP\n" << Roff(paragraph) << "\n";
      continue;
    }
    std::string title = Upper(paragraph.substr(0, colon));
    s << ".SH \"" << Roff(title) << "\"\n" << Roff(paragraph.substr(colon + 2)) << "\n";
  }
  s << ".SH \"SEE ALSO\"\nThe documentation in /usr/share/doc/factlint and docs/ of the "
       "source: cli.md, configuration.md, output\\-formats.md.\n";
  return s.str();
}

std::string CompletionScript(const CLI::App& app, std::string_view shell) {
  if (shell == "bash") return BashScript(app);
  if (shell == "zsh") return ZshScript(app);
  return "";
}

void AddGeneratorOptions(CLI::App& app) {
  app.add_flag_callback("--man-page", [&app] {
       std::cout << ManPage(app, FACTLINT_VERSION);
       throw CLI::Success();
     })
      ->group("")
      ->trigger_on_parse();
  app.add_option_function<std::string>("--completion", [&app](const std::string& shell) {
       std::cout << CompletionScript(app, shell);
       throw CLI::Success();
     })
      ->check(CLI::IsMember({"bash", "zsh"}))
      ->group("")
      ->trigger_on_parse();
}

}  // namespace factlint
