//===- KapiValues.cpp - spec values as the compiler computes them ---------===//
//
// SPDX-License-Identifier: MIT
//
// A spec writes values symbolically (O_CLOEXEC, PAGE_SIZE, -EBADF,
// sizeof(aio_context_t)).  Their meaning is the number the compiler gets for
// the target being built, so once the translation unit is parsed we hand the
// text to the TU's own Preprocessor (macros expand exactly as in the code)
// and evaluate the expanded tokens as a C integer constant expression, with
// sizes and enumerators from the ASTContext.
//
// Nothing here may disturb the user's build: preprocessor diagnostics are
// suppressed while we lex, the token stream we enter ends in our own eof
// token and is popped again, and anything unexpected simply leaves the value
// unresolved.
//
//===----------------------------------------------------------------------===//
#include "KapiPlugin.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/LiteralSupport.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang;

namespace kapi
{

namespace
{

// Bounds that keep a hostile value from costing real time.
constexpr size_t MaxRawTokens = 256;
constexpr size_t MaxExpandedTokens = 4096;

// An integer of a C type: its bits, width and signedness.
struct IVal {
	uint64_t Bits = 0;
	unsigned Width = 32;
	bool Uns = false;
	// Could not be evaluated (a name that is no constant).  C evaluates
	// only one arm of ?: and the right side of && / || only when it
	// decides, so an unknown name there is no error: _IOC_TYPECHECK's
	// arm naming __invalid_size_argument_for_IOC is never taken.  It
	// becomes one only if it reaches the result.
	bool Bad = false;

	int64_t s() const
	{
		if (Width >= 64)
			return (int64_t)Bits;
		uint64_t M = 1ull << (Width - 1);
		uint64_t V = Bits & ((1ull << Width) - 1);
		return (int64_t)((V ^ M) - M);
	}
	uint64_t u() const
	{
		return Width >= 64 ? Bits : Bits & ((1ull << Width) - 1);
	}
	bool isZero() const
	{
		return u() == 0;
	}
	bool neg() const
	{
		return !Uns && s() < 0;
	}
};

class Evaluator
{
      public:
	Evaluator(ArrayRef<Token> Toks, Preprocessor &PP, ASTContext &Ctx)
	    : T(Toks), PP(PP), Ctx(Ctx)
	{
		IntW = Ctx.getTargetInfo().getIntWidth();
	}

	bool run(IVal &V, std::string &Why)
	{
		bool Ok = cond(V);
		if (Ok && I == T.size() && !V.Bad)
			return true;
		/* An unknown name explains more than the token after it. */
		if (this->Why.empty())
			this->Why = !BadName.empty() ? BadName
				    : I < T.size()
					    ? "'" + PP.getSpelling(T[I]) + "'"
					    : "end of value";
		Why = this->Why;
		return false;
	}

      private:
	ArrayRef<Token> T;
	size_t I = 0;
	Preprocessor &PP;
	ASTContext &Ctx;
	unsigned IntW;
	std::string Why;
	std::string BadName; // the first name that made a value Bad

	bool at(tok::TokenKind K) const
	{
		return I < T.size() && T[I].is(K);
	}
	bool eat(tok::TokenKind K)
	{
		if (!at(K))
			return false;
		I++;
		return true;
	}
	bool fail(const std::string &W)
	{
		if (Why.empty())
			Why = W;
		return false;
	}

	IVal mk(uint64_t Bits, unsigned W, bool Uns) const
	{
		IVal V;
		V.Width = W;
		V.Uns = Uns;
		V.Bits = W >= 64 ? Bits : Bits & ((1ull << W) - 1);
		return V;
	}
	IVal promote(IVal V) const
	{
		if (V.Width < IntW)
			return mk((uint64_t)(V.Uns ? (int64_t)V.u() : V.s()),
				  IntW, false);
		return V;
	}
	// C's usual arithmetic conversions, ranking types by width.
	void usual(IVal &A, IVal &B) const
	{
		A = promote(A);
		B = promote(B);
		unsigned W = std::max(A.Width, B.Width);
		bool Uns;
		if (A.Uns == B.Uns)
			Uns = A.Uns;
		else if ((A.Uns ? A.Width : B.Width) >=
			 (A.Uns ? B.Width : A.Width))
			Uns = true;
		else
			Uns = false;
		A = conv(A, W, Uns);
		B = conv(B, W, Uns);
	}
	IVal conv(IVal V, unsigned W, bool Uns) const
	{
		return mk(V.Uns ? V.u() : (uint64_t)V.s(), W, Uns);
	}
	IVal boolean(bool B) const
	{
		return mk(B, IntW, false);
	}

	// ---- type names (sizeof, casts) ----------------------------------

	const TypedefNameDecl *typedefNamed(const Token &Tok) const
	{
		IdentifierInfo *II = Tok.getIdentifierInfo();
		if (!II || !Tok.is(tok::identifier))
			return nullptr;
		for (NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(II))
			if (auto *TD = dyn_cast<TypedefNameDecl>(D))
				return TD;
		return nullptr;
	}

	bool typeStart(size_t At) const
	{
		if (At >= T.size())
			return false;
		switch (T[At].getKind()) {
		case tok::kw_unsigned:
		case tok::kw_signed:
		case tok::kw_char:
		case tok::kw_short:
		case tok::kw_int:
		case tok::kw_long:
		case tok::kw_bool:
		case tok::kw_void:
		case tok::kw_float:
		case tok::kw_double:
		case tok::kw_struct:
		case tok::kw_union:
		case tok::kw_enum:
		case tok::kw_const:
		case tok::kw_volatile:
			return true;
		default:
			return typedefNamed(T[At]) != nullptr;
		}
	}

	bool tagType(tok::TokenKind K, QualType &QT)
	{
		if (!at(tok::identifier))
			return fail("a tag name");
		IdentifierInfo *II = T[I++].getIdentifierInfo();
		for (NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(II)) {
			auto *TD = dyn_cast<TagDecl>(D);
			if (!TD)
				continue;
			bool Ok = (K == tok::kw_enum)	 ? isa<EnumDecl>(TD)
				  : (K == tok::kw_union) ? TD->isUnion()
							 : TD->isStruct();
			if (Ok) {
				QT = Ctx.getTagDeclType(TD);
				return true;
			}
		}
		return fail(std::string(tok::getKeywordSpelling(K)) + " " +
			    II->getName().str());
	}

	bool typeName(QualType &QT)
	{
		unsigned Long = 0, Short = 0, Uns = 0, Sgn = 0, Char = 0,
			 Int = 0, Other = 0;
		QT = QualType();
		for (;;) {
			if (I >= T.size())
				break;
			tok::TokenKind K = T[I].getKind();
			if (K == tok::kw_const || K == tok::kw_volatile) {
				I++;
			} else if (K == tok::kw_unsigned) {
				Uns++, I++;
			} else if (K == tok::kw_signed) {
				Sgn++, I++;
			} else if (K == tok::kw_long) {
				Long++, I++;
			} else if (K == tok::kw_short) {
				Short++, I++;
			} else if (K == tok::kw_char) {
				Char++, I++;
			} else if (K == tok::kw_int) {
				Int++, I++;
			} else if (K == tok::kw_bool) {
				QT = Ctx.BoolTy, Other++, I++;
			} else if (K == tok::kw_void) {
				QT = Ctx.VoidTy, Other++, I++;
			} else if (K == tok::kw_float) {
				QT = Ctx.FloatTy, Other++, I++;
			} else if (K == tok::kw_double) {
				QT = Long ? Ctx.LongDoubleTy : Ctx.DoubleTy,
				Other++, I++;
			} else if (K == tok::kw_struct || K == tok::kw_union ||
				   K == tok::kw_enum) {
				I++;
				if (!tagType(K, QT))
					return false;
				Other++;
			} else if (QT.isNull() && !Long && !Short && !Uns &&
				   !Sgn && !Char && !Int &&
				   typedefNamed(T[I])) {
				QT = Ctx.getTypedefType(typedefNamed(T[I]));
				Other++, I++;
			} else {
				break;
			}
		}
		if (Other > 1 ||
		    (Other && (Uns || Sgn || Short || Char || Int)))
			return fail("type name");
		if (QT.isNull()) {
			if (Char)
				QT = Uns   ? Ctx.UnsignedCharTy
				     : Sgn ? Ctx.SignedCharTy
					   : Ctx.CharTy;
			else if (Short)
				QT = Uns ? Ctx.UnsignedShortTy : Ctx.ShortTy;
			else if (Long >= 2)
				QT = Uns ? Ctx.UnsignedLongLongTy
					 : Ctx.LongLongTy;
			else if (Long == 1)
				QT = Uns ? Ctx.UnsignedLongTy : Ctx.LongTy;
			else if (Uns || Sgn || Int)
				QT = Uns ? Ctx.UnsignedIntTy : Ctx.IntTy;
			else
				return fail("type name");
		}
		while (eat(tok::star)) {
			QT = Ctx.getPointerType(QT);
			while (eat(tok::kw_const) || eat(tok::kw_volatile))
				;
		}
		while (eat(tok::l_square)) {
			IVal N;
			if (!cond(N) || !eat(tok::r_square) || N.neg())
				return fail("array size");
			QT = Ctx.getConstantArrayType(
				QT, llvm::APInt(64, N.u()), nullptr,
				ArraySizeModifier::Normal, 0);
		}
		return true;
	}

	// Align: 1 for _Alignof (the ABI alignment), 2 for GNU __alignof__
	// (the preferred one: 8 for long long on i386, as GCC says).
	bool sizeOf(QualType QT, int Align, IVal &V)
	{
		QualType C = QT.getCanonicalType();
		if (C->isFunctionType() || C->isIncompleteType())
			return fail("sizeof(" + QT.getAsString() + ")");
		uint64_t N =
			Align == 1   ? Ctx.getTypeAlignInChars(C).getQuantity()
			: Align == 2 ? Ctx.toCharUnitsFromBits(
						  Ctx.getPreferredTypeAlign(
							  C.getTypePtr()))
					       .getQuantity()
				     : Ctx.getTypeSizeInChars(C).getQuantity();
		QualType ST = Ctx.getSizeType();
		V = mk(N, (unsigned)Ctx.getTypeSize(ST), true);
		return true;
	}

	bool castTo(QualType QT, IVal &V)
	{
		QualType C = QT.getCanonicalType();
		if (C->isBooleanType()) {
			V = boolean(!V.isZero());
			V.Width = (unsigned)Ctx.getTypeSize(C);
			V.Uns = true;
			return true;
		}
		if (C->isIntegralOrEnumerationType() &&
		    !C->isIncompleteType()) {
			V = conv(V, (unsigned)Ctx.getTypeSize(C),
				 !C->isSignedIntegerOrEnumerationType());
			return true;
		}
		if (C->isPointerType()) {
			V = conv(V, (unsigned)Ctx.getTypeSize(C), true);
			return true;
		}
		return fail("cast to " + QT.getAsString());
	}

	// ---- expressions ----------------------------------------------------

	bool literal(const Token &Tok, IVal &V)
	{
		SmallString<32> Buf;
		bool Invalid = false;
		StringRef Sp = PP.getSpelling(Tok, Buf, &Invalid);
		if (Invalid)
			return fail("literal");
		NumericLiteralParser L(Sp, Tok.getLocation(),
				       PP.getSourceManager(), PP.getLangOpts(),
				       PP.getTargetInfo(), PP.getDiagnostics());
		if (L.hadError || !L.isIntegerLiteral() || L.isBitInt ||
		    L.isSizeT || L.MicrosoftInteger)
			return fail("'" + Sp.str() + "'");
		llvm::APInt A(64, 0);
		if (L.GetIntegerValue(A))
			return fail("'" + Sp.str() + "' (too large)");
		uint64_t X = A.getZExtValue();
		const TargetInfo &TI = Ctx.getTargetInfo();
		bool Dec = L.getRadix() == 10;
		unsigned Widths[3] = {TI.getIntWidth(), TI.getLongWidth(),
				      TI.getLongLongWidth()};
		unsigned First = L.isLongLong ? 2 : L.isLong ? 1 : 0;
		for (unsigned K = First; K < 3; K++) {
			unsigned W = Widths[K];
			uint64_t SMax =
				W >= 64 ? INT64_MAX : (1ull << (W - 1)) - 1;
			uint64_t UMax = W >= 64 ? UINT64_MAX : (1ull << W) - 1;
			if (!L.isUnsigned && X <= SMax) {
				V = mk(X, W, false);
				return true;
			}
			if ((L.isUnsigned || !Dec) && X <= UMax) {
				V = mk(X, W, true);
				return true;
			}
		}
		V = mk(X, Widths[2], true); // clang too reads it as unsigned
		return true;
	}

	bool charLiteral(const Token &Tok, IVal &V)
	{
		SmallString<16> Buf;
		bool Invalid = false;
		StringRef Sp = PP.getSpelling(Tok, Buf, &Invalid);
		if (Invalid)
			return fail("character literal");
		CharLiteralParser L(Sp.begin(), Sp.end(), Tok.getLocation(), PP,
				    Tok.getKind());
		if (L.hadError())
			return fail("'" + Sp.str() + "'");
		V = mk((uint64_t)(int64_t)(int32_t)L.getValue(), IntW, false);
		return true;
	}

	bool identifier(const Token &Tok, IVal &V)
	{
		IdentifierInfo *II = Tok.getIdentifierInfo();
		if (!II)
			return fail("identifier");
		for (NamedDecl *D : Ctx.getTranslationUnitDecl()->lookup(II)) {
			if (auto *E = dyn_cast<EnumConstantDecl>(D)) {
				const llvm::APSInt &A = E->getInitVal();
				QualType QT = E->getType().getCanonicalType();
				unsigned W =
					QT->isIntegralOrEnumerationType()
						? (unsigned)Ctx.getTypeSize(QT)
						: A.getBitWidth();
				uint64_t Bits =
					A.isUnsigned()
						? A.getZExtValue()
						: (uint64_t)A.getSExtValue();
				V = mk(Bits, std::min(W, 64u),
				       !QT->isSignedIntegerOrEnumerationType());
				return true;
			}
		}
		if (BadName.empty())
			BadName = II->getName().str();
		V = IVal();
		V.Bad = true;
		return true;
	}

	bool primary(IVal &V)
	{
		if (I >= T.size())
			return fail("end of value");
		const Token &Tok = T[I];
		if (Tok.is(tok::numeric_constant)) {
			I++;
			return literal(Tok, V);
		}
		if (Tok.is(tok::char_constant)) {
			I++;
			return charLiteral(Tok, V);
		}
		if (Tok.is(tok::identifier)) {
			I++;
			return identifier(Tok, V);
		}
		if (eat(tok::l_paren)) {
			if (!cond(V) || !eat(tok::r_paren))
				return fail("')'");
			return true;
		}
		return fail("'" + PP.getSpelling(Tok) + "'");
	}

	bool unary(IVal &V)
	{
		if (eat(tok::minus)) {
			if (!unary(V))
				return false;
			bool B = V.Bad;
			V = promote(V);
			V = mk(0 - V.Bits, V.Width, V.Uns);
			V.Bad = B;
			return true;
		}
		if (eat(tok::plus)) {
			if (!unary(V))
				return false;
			bool B = V.Bad;
			V = promote(V);
			V.Bad = B;
			return true;
		}
		if (eat(tok::tilde)) {
			if (!unary(V))
				return false;
			bool B = V.Bad;
			V = promote(V);
			V = mk(~V.Bits, V.Width, V.Uns);
			V.Bad = B;
			return true;
		}
		if (eat(tok::exclaim)) {
			if (!unary(V))
				return false;
			bool B = V.Bad;
			V = boolean(V.isZero());
			V.Bad = B;
			return true;
		}
		if (at(tok::kw_sizeof) || at(tok::kw__Alignof) ||
		    at(tok::kw___alignof)) {
			int Align = at(tok::kw_sizeof)	   ? 0
				    : at(tok::kw__Alignof) ? 1
							   : 2;
			I++;
			if (at(tok::l_paren) && typeStart(I + 1)) {
				I++;
				QualType QT;
				if (!typeName(QT) || !eat(tok::r_paren))
					return fail("sizeof");
				return sizeOf(QT, Align, V);
			}
			IVal E;
			if (Align || !unary(E))
				return fail("sizeof");
			V = mk(E.Width / 8,
			       (unsigned)Ctx.getTypeSize(Ctx.getSizeType()),
			       true);
			V.Bad = E.Bad;
			return true;
		}
		if (at(tok::l_paren) && typeStart(I + 1)) {
			I++;
			QualType QT;
			if (!typeName(QT) || !eat(tok::r_paren) || !unary(V))
				return false;
			bool B = V.Bad;
			if (!castTo(QT, V))
				return false;
			V.Bad = B;
			return true;
		}
		return primary(V);
	}

	static int prec(tok::TokenKind K)
	{
		switch (K) {
		case tok::star:
		case tok::slash:
		case tok::percent:
			return 10;
		case tok::plus:
		case tok::minus:
			return 9;
		case tok::lessless:
		case tok::greatergreater:
			return 8;
		case tok::less:
		case tok::greater:
		case tok::lessequal:
		case tok::greaterequal:
			return 7;
		case tok::equalequal:
		case tok::exclaimequal:
			return 6;
		case tok::amp:
			return 5;
		case tok::caret:
			return 4;
		case tok::pipe:
			return 3;
		case tok::ampamp:
			return 2;
		case tok::pipepipe:
			return 1;
		default:
			return 0;
		}
	}

	bool apply(tok::TokenKind K, IVal A, IVal B, IVal &R)
	{
		// The left side decides on its own; else anything Bad is Bad.
		if (K == tok::ampamp && !A.Bad && A.isZero()) {
			R = boolean(false);
			return true;
		}
		if (K == tok::pipepipe && !A.Bad && !A.isZero()) {
			R = boolean(true);
			return true;
		}
		if (A.Bad || B.Bad) {
			R = boolean(false);
			R.Bad = true;
			return true;
		}
		if (K == tok::ampamp) {
			R = boolean(!A.isZero() && !B.isZero());
			return true;
		}
		if (K == tok::pipepipe) {
			R = boolean(!A.isZero() || !B.isZero());
			return true;
		}
		if (K == tok::lessless || K == tok::greatergreater) {
			A = promote(A);
			B = promote(B);
			if (B.neg() || B.u() >= A.Width)
				return fail("shift count");
			unsigned S = (unsigned)B.u();
			if (K == tok::lessless)
				R = mk(A.Bits << S, A.Width, A.Uns);
			else
				R = A.Uns ? mk(A.u() >> S, A.Width, true)
					  : mk((uint64_t)(A.s() >> S), A.Width,
					       false);
			return true;
		}
		usual(A, B);
		unsigned W = A.Width;
		bool U = A.Uns;
		switch (K) {
		case tok::star:
			R = mk(A.Bits * B.Bits, W, U);
			return true;
		case tok::plus:
			R = mk(A.Bits + B.Bits, W, U);
			return true;
		case tok::minus:
			R = mk(A.Bits - B.Bits, W, U);
			return true;
		case tok::amp:
			R = mk(A.Bits & B.Bits, W, U);
			return true;
		case tok::caret:
			R = mk(A.Bits ^ B.Bits, W, U);
			return true;
		case tok::pipe:
			R = mk(A.Bits | B.Bits, W, U);
			return true;
		case tok::slash:
		case tok::percent:
			if (B.isZero())
				return fail("division by zero");
			if (U) {
				R = mk(K == tok::slash ? A.u() / B.u()
						       : A.u() % B.u(),
				       W, U);
			} else {
				if (A.s() == INT64_MIN && B.s() == -1)
					return fail("overflow");
				R = mk((uint64_t)(K == tok::slash
							  ? A.s() / B.s()
							  : A.s() % B.s()),
				       W, U);
			}
			return true;
		default:
			break;
		}
		int C = U ? (A.u() < B.u() ? -1 : A.u() > B.u())
			  : (A.s() < B.s() ? -1 : A.s() > B.s());
		switch (K) {
		case tok::less:
			R = boolean(C < 0);
			return true;
		case tok::greater:
			R = boolean(C > 0);
			return true;
		case tok::lessequal:
			R = boolean(C <= 0);
			return true;
		case tok::greaterequal:
			R = boolean(C >= 0);
			return true;
		case tok::equalequal:
			R = boolean(C == 0);
			return true;
		case tok::exclaimequal:
			R = boolean(C != 0);
			return true;
		default:
			return fail("operator");
		}
	}

	bool binary(int MinPrec, IVal &L)
	{
		if (!unary(L))
			return false;
		for (;;) {
			if (I >= T.size())
				return true;
			tok::TokenKind K = T[I].getKind();
			int P = prec(K);
			if (!P || P < MinPrec)
				return true;
			I++;
			IVal R;
			if (!binary(P + 1, R) || !apply(K, L, R, L))
				return false;
		}
	}

	bool cond(IVal &V)
	{
		if (!binary(1, V))
			return false;
		if (!eat(tok::question))
			return true;
		IVal A, B;
		if (!cond(A) || !eat(tok::colon) || !cond(B))
			return fail("'?:'");
		bool Unknown = V.Bad, C = !V.isZero();
		bool BadA = A.Bad, BadB = B.Bad;
		usual(A, B);
		A.Bad = BadA;
		B.Bad = BadB;
		V = C ? A : B; // only the arm taken counts
		V.Bad = V.Bad || Unknown;
		return true;
	}
};

} // namespace

bool ValueResolver::expand(StringRef Text, std::vector<Token> &Out,
			   std::string &Why)
{
	SourceManager &SM = PP.getSourceManager();
	FileID FID = SM.createFileID(
		llvm::MemoryBuffer::getMemBufferCopy(Text, "<kapi value>"));
	Lexer Raw(FID, SM.getBufferOrFake(FID), SM, PP.getLangOpts());
	std::vector<Token> Toks;
	int Depth = 0;
	Token Tok;

	for (;;) {
		Raw.LexFromRawLexer(Tok);
		if (Tok.is(tok::eof))
			break;
		if (Tok.is(tok::raw_identifier))
			PP.LookUpIdentifierInfo(Tok);
		// Directives, pasting and stray characters have no place in a
		// value; unbalanced parentheses would let a macro call read
		// past our stream.
		if (Tok.isOneOf(tok::hash, tok::hashhash, tok::hashat,
				tok::unknown, tok::comment) ||
		    Toks.size() >= MaxRawTokens) {
			Why = "'" + Text.str() + "'";
			return false;
		}
		if (Tok.is(tok::l_paren))
			Depth++;
		if (Tok.is(tok::r_paren) && --Depth < 0)
			break;
		Toks.push_back(Tok);
	}
	if (Depth != 0 || Toks.empty()) {
		Why = "'" + Text.str() + "'";
		return false;
	}
	Token End;
	End.startToken();
	End.setKind(tok::eof);
	End.setLocation(Tok.getLocation());
	Toks.push_back(End);

	DiagnosticsEngine &D = PP.getDiagnostics();
	bool WasSuppressed = D.getSuppressAllDiagnostics();
	DiagnosticErrorTrap Trap(D);
	D.setSuppressAllDiagnostics(true);
	PP.EnterTokenStream(Toks, /*DisableMacroExpansion=*/false,
			    /*IsReinject=*/false);
	for (;;) {
		Token R;
		PP.Lex(R);
		if (R.is(tok::eof))
			break; // ours: the stream ends here and nothing past it
			       // is lexed
		if (Out.size() < MaxExpandedTokens)
			Out.push_back(R);
	}
	PP.RemoveTopOfLexerStack();
	D.setSuppressAllDiagnostics(WasSuppressed);
	if (Trap.hasErrorOccurred() || Out.size() >= MaxExpandedTokens) {
		Why = "'" + Text.str() + "'";
		return false;
	}
	return true;
}

bool ValueResolver::eval(StringRef Text, int64_t &Num, bool &IsUnsigned,
			 std::string &Why)
{
	std::vector<Token> Toks;
	Text = Text.trim();
	if (Text.empty()) {
		Why = "empty value";
		return false;
	}
	if (!expand(Text, Toks, Why))
		return false;
	DiagnosticsEngine &D = PP.getDiagnostics();
	bool WasSuppressed = D.getSuppressAllDiagnostics();
	D.setSuppressAllDiagnostics(true); // literal parsers may complain
	IVal V;
	bool Ok = Evaluator(Toks, PP, Ctx).run(V, Why);
	D.setSuppressAllDiagnostics(WasSuppressed);
	if (!Ok)
		return false;
	Num = V.Uns ? (int64_t)V.u() : V.s();
	IsUnsigned = V.Uns;
	return true;
}

bool ValueResolver::resolve(kapi_value &V, std::string &Why)
{
	int64_t N;
	bool U;
	if (!V.text || V.state == KAPI_VALUE_ABSENT)
		return true;
	if (!eval(V.text, N, U, Why))
		return V.state ==
		       KAPI_VALUE_RESOLVED; // a literal the parser knew
	kapi_value_set_num(&V, N, U);
	return true;
}

bool ValueResolver::macroString(StringRef Name, std::string &Out)
{
	IdentifierInfo *II = PP.getIdentifierInfo(Name);
	const MacroInfo *MI = PP.getMacroInfo(II);
	if (!MI || MI->isFunctionLike() || MI->getNumTokens() != 1 ||
	    !tok::isStringLiteral(MI->getReplacementToken(0).getKind()))
		return false;
	std::string S = PP.getSpelling(MI->getReplacementToken(0));
	if (S.size() < 2 || S.front() != '"' || S.back() != '"')
		return false;
	Out = S.substr(1, S.size() - 2);
	return true;
}

} // namespace kapi
