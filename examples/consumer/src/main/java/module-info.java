module org.example.consumer {
    requires org.scofacts.query;
}
