@extends('layouts.white')
@section('content')
	<div class="col-md-10">		  	
		  	<div class="row">
  			<div class="col-md-12 panel-warning">
  				<div class="content-box-header">
					<div class="panel-title"><h2>其他</h2></div>
				</div>
  				<div class="panel-body">
  					<font face="DFKai-sb" size="4"><a href="{{ url('/info_public/oth_info/4-5-1.pdf') }}" style="color:#5959FF;">
					<i class="glyphicon glyphicon-download-alt"></i><b>1. 經費稽核委員會</b></a></font></h4>
					<table border=1 width="60%">
						<tr>
						<caption><font face="DFKai-sb" color="black" size="5"><center><b>國立交通大學經費稽核委員會</b></center></font></caption>							
						</tr>						
						<tr>
							<td bgcolor="#FFF2F2" width="15%"><font face="DFKai-sb" color="black" size="4"><center><b>
								職掌
							</b></center></font></td>
							<td bgcolor="#FAFAFA"><font face="DFKai-sb" color="black" size="4">
								一、關於學校教學、研究與推廣計畫財務運用之經費稽核。<br>
								二、關於校區建築與工程興建計畫、發包與執行之經費稽核。<br>
								三、關於各項經費收支（包括捐贈收入）、現金出納處理情形之事後稽核。<br>
								四、關於校務基金年度決算之稽核。<br>
								五、關於學校資產增置、擴充、改良等事項之事後稽核。<br>
								六、關於校務基金經濟有效之利用與開源節流措施之稽核。<br>
								七、其他經費稽核事項。<br>
							</font></td>
						</tr>
						<tr>
							<td bgcolor="#FFF2F2"><font face="DFKai-sb" color="black" size="4"><center><b>
								組成
							</b></center></font></td>
							<td bgcolor="#FAFAFA"><font face="DFKai-sb" color="black" size="4">
								本會置委員九人，由校務會議代表中經公開之提名及票選程序產生八人，另一人由校長就管理學院之校務會議代表中推選具有財經或會計專長之教師擔任。<br>
								校務基金管理委員會、掌理學校總務及會計相關人員不得擔任本會之委員。
							</font></td>
						</tr>
						<tr>
							<td bgcolor="#FFF2F2"><font face="DFKai-sb" color="black" size="4"><center><b>
								運作
							</b></center></font></td>
							<td bgcolor="#FAFAFA"><font face="DFKai-sb" color="black" size="4">
								本會每學期召開會議二次，遇有需要得召開臨時會議。<br>
								本會議之召開必要時得請有關單位人員列席。<br>
							</font></td>
						</tr>
					</table> 				
				</div>
				
				<div class="panel-body">
  					<font face="DFKai-sb" color="#5959FF" size="4"><b>2. 本校各年度現金捐(募)款金額統計表</b></font><br><br>
					<font face="DFKai-sb" color="#262626" size="4">本校各年度「現金捐（募）款金額統計」資料，請連結到下列網頁</font><br>
					<font face="DFKai-sb" color="#262626" size="4"><a href="https://www.fund.nctu.edu.tw/donation2.php">
					https://www.fund.nctu.edu.tw/donation2.php</a></font><br><br><br>
				</div>
  			</div>
  			</div>
  	</div>
@endsection