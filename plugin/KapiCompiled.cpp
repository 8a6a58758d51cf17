//===- KapiCompiled.cpp - read compiled struct kernel_api_spec objects ----===//
//
// SPDX-License-Identifier: MIT
//
// With the framework enabled, the kernel force-includes a spec header that
// defines `static const struct kernel_api_spec __kapi_spec_NAME` in section
// .kapi_specs, filled with designated initializers (KAPI-DSL.md §7).  This
// reads such a variable through the AST: fields by their name in the
// semantic initializer list, integers as the compiler evaluates them,
// enumerators by the name of the KAPI_* constant whose value they carry in
// this unit (never by an assumed number), flag words bit by bit against the
// unit's own KAPI_PARAM_* / KAPI_CTX_* constants.
//
//===----------------------------------------------------------------------===//
#include "KapiPlugin.h"

#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"

extern "C" {
#include "kapi_util.h"
}

#include <map>
#include <cstdlib>
#include <cstring>

using namespace clang;

namespace kapi {

bool isCompiledSpec(const VarDecl *VD) {
  const auto *SA = VD->getAttr<SectionAttr>();
  if (!SA || SA->getName() != ".kapi_specs")
    return false;
  const RecordDecl *RD = VD->getType()->getAsRecordDecl();
  return RD && RD->getName() == "kernel_api_spec" && RD->isStruct();
}

namespace {

class Reader {
public:
  Reader(ASTContext &Ctx, kapi_diag_list *Diags, CompiledSpec &Out)
      : Ctx(Ctx), SM(Ctx.getSourceManager()), Diags(Diags), Out(Out) {}

  void read(const VarDecl *VD);

private:
  ASTContext &Ctx;
  SourceManager &SM;
  kapi_diag_list *Diags;
  CompiledSpec &Out;
  std::string File;
  kapi_loc VarLoc{};
  std::string Api = "?";

  kapi_loc loc(const Expr *E) {
    return E ? toKapiLoc(SM, SM.getFileLoc(E->getBeginLoc())) : VarLoc;
  }

  void warn(const Expr *E, const char *Rule, const std::string &Msg) {
    kapi_diag_add(Diags, KAPI_SEV_WARNING, File.c_str(), loc(E), Rule,
                  "%s", Msg.c_str());
  }

  // The initializer of field Name, or null when it was not written.
  const Expr *field(const Expr *Init, StringRef Name) {
    const auto *ILE = dyn_cast_or_null<InitListExpr>(
        Init ? Init->IgnoreParens() : nullptr);
    if (!ILE)
      return nullptr;
    if (!ILE->isSemanticForm() && ILE->getSemanticForm())
      ILE = ILE->getSemanticForm();
    const RecordDecl *RD = ILE->getType()->getAsRecordDecl();
    if (!RD)
      return nullptr;
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (F->getName() == Name) {
        if (I >= ILE->getNumInits())
          return nullptr;
        const Expr *E = ILE->getInit(I);
        return isa<ImplicitValueInitExpr>(E) ? nullptr : E;
      }
      ++I;
    }
    return nullptr;
  }

  // Element I of an array initializer, or null when not written.
  const Expr *element(const Expr *Init, unsigned I) {
    const auto *ILE = dyn_cast_or_null<InitListExpr>(
        Init ? Init->IgnoreParens() : nullptr);
    if (!ILE || I >= ILE->getNumInits())
      return nullptr;
    const Expr *E = ILE->getInit(I);
    return isa<ImplicitValueInitExpr>(E) ? nullptr : E;
  }

  std::string text(const Expr *E) {
    CharSourceRange R = CharSourceRange::getTokenRange(E->getSourceRange());
    StringRef T = Lexer::getSourceText(R, SM, Ctx.getLangOpts());
    return T.trim().str();
  }

  // The integer as written (before the conversion to the field's type).
  bool intOf(const Expr *E, int64_t &N, bool &U) {
    Expr::EvalResult R;
    const Expr *W = E->IgnoreImpCasts();
    // The evaluator must not see what error recovery left behind.
    if (E->containsErrors() || E->isValueDependent() ||
        W->isValueDependent())
      return false;
    if (!W->EvaluateAsInt(R, Ctx) && !E->EvaluateAsInt(R, Ctx))
      return false;
    const llvm::APSInt &V = R.Val.getInt();
    U = V.isUnsigned();
    // Wider than 64 bits (__int128): not a value the model can hold.
    if (U ? V.getActiveBits() > 64 : V.getSignificantBits() > 64)
      return false;
    N = U ? (int64_t)V.getZExtValue() : V.getSExtValue();
    return true;
  }

  // A kapi_value: the initializer's spelling, the compiler's number.
  void value(const Expr *E, kapi_value &V, const char *What) {
    if (!E)
      return;
    std::string T = text(E);
    kapi_value_set_text(&V, T.empty() ? "?" : T.c_str(), loc(E));
    int64_t N;
    bool U;
    if (intOf(E, N, U)) {
      kapi_value_set_num(&V, N, U);
      return;
    }
    V.state = KAPI_VALUE_INVALID;
    warn(E, KAPI_RULE_UNRESOLVED,
         std::string("compiled spec for '") + Api + "': " + What + " '" + T +
             "' is not an integer constant; stored as invalid");
  }

  bool intField(const Expr *E, int64_t &N, const char *What) {
    bool U;
    if (!E)
      return false;
    if (intOf(E, N, U))
      return true;
    warn(E, KAPI_RULE_UNRESOLVED,
         std::string("compiled spec for '") + Api + "': " + What + " '" +
             text(E) + "' is not an integer constant");
    return false;
  }

  char *str(const Expr *E) {
    if (!E)
      return nullptr;
    const auto *SL = dyn_cast<StringLiteral>(E->IgnoreParenImpCasts());
    if (SL && SL->getCharByteWidth() == 1) {
      StringRef S = SL->getString();
      S = S.substr(0, S.find('\0'));
      return kapi_xstrndup(S.data(), S.size());
    }
    warn(E, KAPI_RULE_COMPILED,
         "compiled spec for '" + Api + "': '" + text(E) +
             "' is not a string literal; ignored");
    return nullptr;
  }

  // The value of the enumerator named Name in this unit.
  bool enumValue(const char *Name, int64_t &V) {
    if (!Name)
      return false;
    auto It = EnumCache.find(Name);
    if (It != EnumCache.end()) {
      V = It->second.second;
      return It->second.first;
    }
    bool Found = false;
    for (NamedDecl *D :
         Ctx.getTranslationUnitDecl()->lookup(&Ctx.Idents.get(Name)))
      if (auto *EC = dyn_cast<EnumConstantDecl>(D)) {
        V = EC->getInitVal().getExtValue();
        Found = true;
        break;
      }
    EnumCache[Name] = {Found, Found ? V : 0};
    return Found;
  }
  std::map<std::string, std::pair<bool, int64_t>> EnumCache;

  // Our enumeration value for an enumerator-valued field: the KAPI_*
  // constant it names or whose value it carries.  -1 when none does.
  int enumOf(const Expr *E, const char *(*Enumerator)(int), int First,
             int Count, const char *Family, const char *What) {
    if (!E)
      return -1;
    if (const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const auto *EC = dyn_cast<EnumConstantDecl>(DR->getDecl()))
        for (int K = First; K < Count; K++)
          if (const char *N = Enumerator(K))
            if (EC->getName() == N)
              return K;
    int64_t V;
    if (!intField(E, V, What))
      return -1;
    for (int K = First; K < Count; K++) {
      int64_t EV;
      if (enumValue(Enumerator(K), EV) && EV == V)
        return K;
    }
    warn(E, KAPI_RULE_COMPILED,
         "compiled spec for '" + Api + "': " + What + " '" + text(E) +
             "' (" + std::to_string(V) + ") is no " + Family +
             " enumerator this unit defines; ignored");
    return -1;
  }

  // A flag word as our bits, each bit found through the unit's constant.
  unsigned flagsOf(const Expr *E, const char *(*Enumerator)(unsigned),
                   unsigned Count, const char *Family, const char *What) {
    int64_t V;
    if (!E || !intField(E, V, What))
      return 0;
    uint64_t Left = (uint64_t)V;
    unsigned Bits = 0;
    for (unsigned B = 0; B < Count; B++) {
      int64_t EV;
      if (enumValue(Enumerator(B), EV) && EV && ((uint64_t)EV & Left) ==
                                                    (uint64_t)EV) {
        Bits |= 1u << B;
        Left &= ~(uint64_t)EV;
      }
    }
    if (Left)
      warn(E, KAPI_RULE_COMPILED,
           "compiled spec for '" + Api + "': " + What + " '" + text(E) +
               "' has bits 0x" + llvm::utohexstr(Left) + " that no " +
               Family + " enumerator of this unit names; ignored");
    return Bits;
  }

  void readParam(const Expr *Init, kapi_param &P,
                 kapi_compiled_param_locs &L);
  void readReturn(const Expr *Init, kapi_return &R);
};

const char *typeEnum(int K) { return kapi_type_enumerator((kapi_type)K); }
const char *constraintEnum(int K) {
  return kapi_constraint_enumerator((kapi_constraint_kind)K);
}
const char *returnEnum(int K) {
  return kapi_return_check_enumerator((kapi_return_check)K);
}

void Reader::readParam(const Expr *Init, kapi_param &P,
                       kapi_compiled_param_locs &L) {
  kapi_param_init(&P);
  P.loc = loc(Init);
  const Expr *E;
  if ((E = field(Init, "name"))) {
    P.name = str(E);
    L.name = loc(E);
  }
  P.type_name = str(field(Init, "type_name"));
  if ((E = field(Init, "type"))) {
    int T = enumOf(E, typeEnum, 0, KAPI_TYPE__COUNT, "KAPI_TYPE_*", "type");
    if (T >= 0)
      P.type = (kapi_type)T;
    P.type_loc = L.type = loc(E);
  }
  if ((E = field(Init, "flags"))) {
    P.flags = flagsOf(E, kapi_param_flag_enumerator, KAPI_PARAM_FLAG_COUNT,
                      "KAPI_PARAM_*", "flags");
    L.flags = loc(E);
  }
  value(field(Init, "size"), P.size, "size");
  value(field(Init, "alignment"), P.alignment, "alignment");
  value(field(Init, "min_value"), P.min, "min_value");
  value(field(Init, "max_value"), P.max, "max_value");
  value(field(Init, "valid_mask"), P.mask, "valid_mask");
  value(field(Init, "size_multiplier"), P.size_multiplier,
        "size_multiplier");
  if ((E = field(Init, "constraint_type"))) {
    int C = enumOf(E, constraintEnum, 0, KAPI_CONSTRAINT__COUNT,
                   "KAPI_CONSTRAINT_*", "constraint_type");
    if (C >= 0)
      P.constraint = (kapi_constraint_kind)C;
    P.constraint_loc = L.constraint = loc(E);
  }
  P.desc = str(field(Init, "description"));
  P.cdesc = str(field(Init, "constraints"));
  int64_t N;
  if ((E = field(Init, "size_param_idx")) &&
      intField(E, N, "size_param_idx")) {
    P.size_param_idx = (int)N;
    L.size_param_idx = loc(E);
  }
  // enum_values points at an array: a compound literal or a variable.
  const Expr *EV = field(Init, "enum_values");
  int64_t Count = 0;
  bool HaveCount = intField(field(Init, "enum_count"), Count, "enum_count");
  if (EV) {
    const Expr *Arr = EV->IgnoreParenImpCasts();
    const InitListExpr *List = nullptr;
    if (const auto *CL = dyn_cast<CompoundLiteralExpr>(Arr))
      List = dyn_cast<InitListExpr>(CL->getInitializer());
    else if (const auto *DR = dyn_cast<DeclRefExpr>(Arr))
      if (const auto *V = dyn_cast<VarDecl>(DR->getDecl()))
        if (V->getInit())
          List = dyn_cast<InitListExpr>(V->getInit()->IgnoreParens());
    if (!List) {
      warn(EV, KAPI_RULE_COMPILED,
           "compiled spec for '" + Api + "': enum_values '" + text(EV) +
               "' is not an array this unit initializes; ignored");
    } else {
      size_t K = List->getNumInits();
      if (HaveCount && Count >= 0 && (size_t)Count < K)
        K = (size_t)Count;
      P.enum_values = (kapi_value *)kapi_xcalloc(K ? K : 1,
                                                 sizeof(kapi_value));
      P.enum_count = K;
      for (size_t I = 0; I < K; I++)
        value(List->getInit(I), P.enum_values[I], "an enum value");
    }
  }
}

void Reader::readReturn(const Expr *Init, kapi_return &R) {
  if (!Init)
    return;
  R.present = true;
  R.loc = loc(Init);
  R.type_name = str(field(Init, "type_name"));
  const Expr *E;
  if ((E = field(Init, "type"))) {
    int T = enumOf(E, typeEnum, 0, KAPI_TYPE__COUNT, "KAPI_TYPE_*",
                   "return type");
    if (T >= 0)
      R.type = (kapi_type)T;
    Out.Locs.ret_type = loc(E);
  }
  if ((E = field(Init, "check_type"))) {
    int C = enumOf(E, returnEnum, 1, KAPI_RETURN__COUNT, "KAPI_RETURN_*",
                   "check_type");
    if (C >= 0)
      R.check = (kapi_return_check)C;
    Out.Locs.ret_check = loc(E);
  }
  value(field(Init, "success_value"), R.success, "success_value");
  value(field(Init, "success_min"), R.success_min, "success_min");
  value(field(Init, "success_max"), R.success_max, "success_max");
  R.desc = str(field(Init, "description"));
}

void Reader::read(const VarDecl *VD) {
  kapi_spec *S = kapi_spec_new();
  Out.Spec = S;
  Out.VD = VD;
  SourceLocation VL = SM.getFileLoc(VD->getLocation());
  File = fileNameOf(SM, VL);
  VarLoc = toKapiLoc(SM, VL);
  Out.Locs.spec = VarLoc;
  S->prov.source = KAPI_SOURCE_COMPILED;
  S->prov.file = kapi_xstrdup(File.c_str());
  S->prov.line = VarLoc.line;
  S->param_count_declared = -1;

  const Expr *Init = VD->getInit();
  if (!Init || !isa<InitListExpr>(Init->IgnoreParens())) {
    warn(nullptr, KAPI_RULE_COMPILED,
         "compiled spec '" + VD->getName().str() +
             "' has no initializer list; ignored");
    return;
  }
  S->name = str(field(Init, "name"));
  if (!S->name) {
    StringRef N = VD->getName();
    N.consume_front("__kapi_spec_");
    S->name = kapi_xstrndup(N.data(), N.size());
  }
  Api = S->name;
  StringRef Name(S->name);
  S->kind = Name.starts_with("sys_") || Name.starts_with("compat_sys_")
                ? KAPI_KIND_SYSCALL
                : KAPI_KIND_FUNCTION;
  S->description = str(field(Init, "description"));
  S->long_description = str(field(Init, "long_description"));
  S->since_version = str(field(Init, "since_version"));
  S->examples = str(field(Init, "examples"));
  S->notes = str(field(Init, "notes"));
  const Expr *E;
  if ((E = field(Init, "context_flags"))) {
    S->contexts = flagsOf(E, kapi_context_enumerator, KAPI_CTX_COUNT,
                          "KAPI_CTX_*", "context_flags");
    S->contexts_loc = loc(E);
  }

  // params[]: param_count of them, or as many as were written.
  const Expr *Params = field(Init, "params");
  int64_t Count = -1;
  if ((E = field(Init, "param_count"))) {
    Out.Locs.param_count = loc(E);
    if (intField(E, Count, "param_count"))
      S->param_count_declared = (int)Count;
    S->param_count_loc = loc(E);
  }
  unsigned Max = 0;
  if (const auto *L =
          dyn_cast_or_null<InitListExpr>(Params ? Params->IgnoreParens()
                                                : nullptr))
    Max = L->getNumInits();
  if (Count < 0 || Count > (int64_t)Max) {
    if (Count > (int64_t)Max)
      warn(field(Init, "param_count"), KAPI_RULE_COMPILED,
           "compiled spec for '" + Api + "': param_count is " +
               std::to_string(Count) + " but only " + std::to_string(Max) +
               " params[] are initialized");
    Count = 0;
    for (unsigned I = 0; I < Max; I++)
      if (element(Params, I))
        Count = I + 1;
  }
  S->param_count = S->param_cap = (size_t)Count;
  S->params = (kapi_param *)kapi_xcalloc(Count ? Count : 1,
                                         sizeof(kapi_param));
  Out.ParamLocs.assign((size_t)Count, kapi_compiled_param_locs{});
  for (size_t I = 0; I < (size_t)Count; I++) {
    kapi_param_init(&S->params[I]);
    if (const Expr *P = element(Params, (unsigned)I))
      readParam(P, S->params[I], Out.ParamLocs[I]);
  }

  readReturn(field(Init, "return_spec"), S->ret);

  // errors[]
  const Expr *Errors = field(Init, "errors");
  int64_t ECount = -1;
  if ((E = field(Init, "error_count"))) {
    Out.Locs.error_count = loc(E);
    intField(E, ECount, "error_count");
  }
  unsigned EMax = 0;
  if (const auto *L =
          dyn_cast_or_null<InitListExpr>(Errors ? Errors->IgnoreParens()
                                                : nullptr))
    EMax = L->getNumInits();
  if (ECount < 0 || ECount > (int64_t)EMax) {
    ECount = 0;
    for (unsigned I = 0; I < EMax; I++)
      if (element(Errors, I))
        ECount = I + 1;
  }
  S->errors = (kapi_error *)kapi_xcalloc(ECount ? ECount : 1,
                                         sizeof(kapi_error));
  S->error_count = S->error_cap = (size_t)ECount;
  for (size_t I = 0; I < (size_t)ECount; I++) {
    const Expr *Er = element(Errors, (unsigned)I);
    kapi_error &Err = S->errors[I];
    Err.loc = loc(Er ? Er : Errors);
    if (!Er)
      continue;
    Err.name = str(field(Er, "name"));
    Err.condition = str(field(Er, "condition"));
    Err.desc = str(field(Er, "description"));
    value(field(Er, "error_code"), Err.code, "error_code");
  }

  // constraints[]
  const Expr *Cons = field(Init, "constraints");
  int64_t CCount = -1;
  intField(field(Init, "constraint_count"), CCount, "constraint_count");
  unsigned CMax = 0;
  if (const auto *L = dyn_cast_or_null<InitListExpr>(
          Cons ? Cons->IgnoreParens() : nullptr))
    CMax = L->getNumInits();
  if (CCount < 0 || CCount > (int64_t)CMax)
    CCount = 0;
  S->constraints = (kapi_constraint *)kapi_xcalloc(CCount ? CCount : 1,
                                                   sizeof(kapi_constraint));
  S->constraint_count = S->constraint_cap = (size_t)CCount;
  for (size_t I = 0; I < (size_t)CCount; I++) {
    const Expr *C = element(Cons, (unsigned)I);
    kapi_constraint &K = S->constraints[I];
    K.loc = loc(C ? C : Cons);
    if (!C)
      continue;
    K.name = str(field(C, "name"));
    K.desc = str(field(C, "description"));
    K.expr = str(field(C, "expression"));
  }
}

} // namespace

void readCompiledSpec(const VarDecl *VD, ASTContext &Ctx,
                      kapi_diag_list *Diags, CompiledSpec &Out) {
  Reader R(Ctx, Diags, Out);
  R.read(VD);
  Out.Locs.params = Out.ParamLocs.data();
}

} // namespace kapi
