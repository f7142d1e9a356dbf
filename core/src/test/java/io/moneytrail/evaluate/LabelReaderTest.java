package io.moneytrail.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moneytrail.ingest.IngestOptions;
import io.moneytrail.ingest.LedgerReader;
import io.moneytrail.ledger.Ledger;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelReaderTest {

  @Test
  void readsMoneytrailLabelsGroupedByTypologyAndPattern() {
    GroundTruth t = LabelReader.read(new StringReader("""
        tx_id,typology,pattern_id,role
        T1,fan_in,fan_in-0001,sender_payment
        T2,fan_in,fan_in-0001,sender_payment
        T3,cycle,cycle-0001,hop
        T2,fan_in,fan_in-0001,sender_payment
        T4,fan_in,fan_in-0002,sender_payment
        """), "labels.csv");
    assertEquals(List.of(new LabelledPattern("fan_in", "fan_in-0001", List.of("T1", "T2")),
        new LabelledPattern("cycle", "cycle-0001", List.of("T3")),
        new LabelledPattern("fan_in", "fan_in-0002", List.of("T4"))), t.patterns());
    assertEquals(4, t.transactionCount());
  }

  @Test
  void readsAmlsimAlertTransactionsWithExtraColumns() {
    GroundTruth t = LabelReader.read(new StringReader("""
        alert_id,alert_type,is_sar,tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp
        7,cycle,True,4,300,301,TRANSFER,4200.0,2020-01-03
        7,cycle,True,5,301,302,TRANSFER,4100.0,2020-01-04
        9,fan_in,True,11,1,2,TRANSFER,10.0,2020-01-04
        """), "alert_transactions.csv");
    assertEquals(List.of(new LabelledPattern("cycle", "7", List.of("4", "5")),
        new LabelledPattern("fan_in", "9", List.of("11"))), t.patterns());
    assertTrue(t.source().contains("AMLSim"));
  }

  @Test
  void rejectsAnUnknownHeaderAndEmptyCellsWithTheLine() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> LabelReader.read(new StringReader("a,b\n1,2\n"), "x.csv")).getMessage().contains("not a labels file"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelReader.read(
        new StringReader("tx_id,typology,pattern_id,role\nT1,,p,r\n"), "x.csv")).getMessage().contains("line 2"));
  }

  @Test
  void takesAmlsimIsSarColumnAsOnePatternPerLinkedGroup() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/amlsim-sample.csv")).ledger();
    GroundTruth t = LabelReader.fromColumn(ledger, "is_sar");
    assertEquals(List.of(new LabelledPattern("is_sar", "is_sar-1", List.of("4", "5", "6"))), t.patterns());
  }

  @Test
  void takesAmlworldIsLaunderingColumn() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/amlworld-sample.csv")).ledger();
    GroundTruth t = LabelReader.fromColumn(ledger, "Is Laundering");
    assertEquals(3, t.transactionCount());
    t.patterns().forEach(p -> assertEquals("Is Laundering", p.typology()));
  }

  @Test
  void takesPaysimIsFraudColumn() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/paysim-sample.csv")).ledger();
    GroundTruth t = LabelReader.fromColumn(ledger, "isFraud");
    // rows 3 and 4 are fraud; they share no account, so two patterns
    assertEquals(List.of(new LabelledPattern("isFraud", "isFraud-1", List.of("3")),
        new LabelledPattern("isFraud", "isFraud-2", List.of("4"))), t.patterns());
  }

  @Test
  void aMissingLabelColumnIsReportedWithTheColumnsThereAre() {
    Ledger ledger = LedgerReader.read(IngestOptions.defaults(), Path.of("../examples/data/paysim-sample.csv")).ledger();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> LabelReader.fromColumn(ledger, "is_sar"))
        .getMessage().contains("isFraud"));
  }

  @Test
  void positiveValuesAreOneTrueOrYes() {
    assertTrue(LabelReader.isPositive("1") && LabelReader.isPositive("True") && LabelReader.isPositive(" yes ")
        && LabelReader.isPositive("1.0"));
    assertTrue(!LabelReader.isPositive("0") && !LabelReader.isPositive("False") && !LabelReader.isPositive("-1"));
  }
}
