package th.go.moph.dho.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void startsWithABomAndKeepsThai() {
		byte[] bytes = new Csv().row("หัวข้อ", "คะแนน").row("เนื้อหาถูกต้อง", 5).bytes();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFหัวข้อ,คะแนน\r\nเนื้อหาถูกต้อง,5\r\n");
	}

	@Test
	void quotesSeparatorsQuotesAndLineBreaks() {
		assertThat(Csv.cell("ดี, มาก")).isEqualTo("\"ดี, มาก\"");
		assertThat(Csv.cell("เขาว่า \"ดี\"")).isEqualTo("\"เขาว่า \"\"ดี\"\"\"");
		assertThat(Csv.cell("บรรทัด 1\nบรรทัด 2")).isEqualTo("\"บรรทัด 1\nบรรทัด 2\"");
	}

	@Test
	void neutralisesFormulas() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.cell("+66")).isEqualTo("'+66");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("ปกติ")).isEqualTo("ปกติ");
	}

}
