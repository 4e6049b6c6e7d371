const id113 = {
    "id":113,
    "type":32,
    "title":"消费纠纷调解制度",
    "cover":null,
    "photos":null,
    "content":`<p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">为了保护消费者的合法权益，有效解决消费纠纷，根据《消费者权益保护法》及其他相关法律、法规，制定本制度。</span></p><p class="MsoListParagraph" style="margin-left:0;text-indent:37px"><span style="font-size:19px">第一条<span style="font:9px 'Times New Roman'">         </span></span><span style="font-size:19px;font-family:宋体">建立消费投诉处理的工作标准，使消费者投诉能够及时、准确地得到解决，提升消费者满意度。</span></p><p><span style="font-size:19px;font-family:宋体">第二条在辖区市场监管所（分局）的指导下，设立消费维权服务站，由专职人员负责消费纠纷的受理和处理工作，对外公开消费投诉电话。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第三条消费投诉遵循“谁接待、谁受理、谁跟进、谁处理、谁回复”的原则，受理人为第一责任人。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第四条消费纠纷发生时，消费者可以通过消费投诉电话</span><span style="font-size:19px">12315</span><span style="font-size:19px;font-family:宋体">进行投诉，也可以直接向维权站工作人员投诉。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第五条消费者和经营者发生消费权益纠纷时，双方可在维权站工作人员调解下自愿协商和解；调解不成的，应告知并协助双方当事人向当地消保委、辖区市场监管所（分局）或其他行政部门寻求帮助，由相关部门进行调解。对于协商无法和解的投诉，工作人员要注意方式方法，防止矛盾激化。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第六条消费纠纷调解时，维权站工作人员要以事实为依据，以法律为准绳，对投诉事项进行公平、公正的调查和调解，积极促使双方在友好的气氛下协商解决纠纷，并认真登记申诉内容，做到事事有回复，件件有落实。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第七条维权站工作人员应当向消费者提供消费信息和咨询服务，向其他工作人员宣传消费者保护法律法规，倡导诚信文明经营理念。</span></p><p style="text-indent:37px"><span style="font-size:19px;font-family:宋体">第八条维权站工作人员要做好消费投诉和调解的记录和统计工作，定期向辖区市场监管所（分局）报送投诉处理情况；定期对受理和处理的消费者咨询、投诉等情况进行汇总分析，并向市场监管等有关部门汇报。</span></p><p><br/></p>`,
    "link":null,
    "click":14,
    "recommend":0,
    "status":true,
    "created_at":"2020-09-16 07:45:16",
    "updated_at":"2020-10-18 23:37:36",
    "sort":1,
    "cvoer_path":"",
    "created_timestamp":1600242316,
    "updated_timestamp":1603064256,
    "cover_info":null
}
